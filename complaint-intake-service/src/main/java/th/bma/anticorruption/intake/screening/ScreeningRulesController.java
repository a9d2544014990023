package th.bma.anticorruption.intake.screening;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The screening rules: read by the director, intake officers and auditors, changed only by the director, every
 * change a new audited version that every intake instance applies within its refresh interval.
 */
@RestController
@RequestMapping("/api/intake/screening-rules")
@Tag(name = "Screening rules", description = "Versioned rules that decide which channel records are about corruption")
public class ScreeningRulesController {

    private static final int MAX_TRIAL_TEXT = 5000;

    private final ScreeningRuleBook rules;

    public ScreeningRulesController(ScreeningRuleBook rules) {
        this.rules = rules;
    }

    /**
     * The rule set in force: its revision (stored versions of all rules), its rules in the order they are tried, and
     * the ids of the rules whose version in force the director wrote while the service ships a default that differs.
     */
    public record RulesInForce(long revision, List<ScreeningRule> rules,
            @Schema(description = "Rules whose version in force the director wrote and whose shipped default differs "
                    + "from it (a release never overwrites the director's version)")
            List<String> shippedDefaultsDiffering) {
    }

    /** A text (and Traffy tags) to screen by the rules in force without taking anything in. */
    public record Trial(String text, List<String> categories) {
    }

    /**
     * What screening decides for a trial text (the rules in force, then the learned signal where no rule decides or
     * as a second look at what a rule takes in), the revision the rules were at, and the learned signal's score when it
     * decided or looked twice; {@code doubted} when only the learned signal or a DOUBTED rule took the text in, or the
     * learned signal scored a rule's match below its second-look floor (intake would accept it marked as doubted, and
     * routing would send it to triage).
     */
    public record TrialVerdict(boolean inScope, String reason, String ruleId, Integer ruleVersion, long revision,
            Double score, boolean doubted) {
    }

    @GetMapping
    @Operation(summary = "The screening rules in force (disabled ones included), in the order they are tried")
    public RulesInForce inForce() {
        ScreeningRuleSet current = rules.current();
        return new RulesInForce(current.revision(), current.rules(), rules.shippedDefaultsDiffering());
    }

    @GetMapping("/audit")
    @Operation(summary = "Who changed which screening rule, when and why, newest first")
    public List<ScreeningRuleAuditEntry> audit() {
        return rules.auditTrail();
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "The version of a screening rule in force")
    public ScreeningRule one(@PathVariable String ruleId) {
        return rules.current().rule(ruleId).orElseThrow(() -> new NotFoundException("No screening rule " + ruleId + "."));
    }

    @GetMapping("/{ruleId}/versions")
    @Operation(summary = "Every version of a screening rule, oldest first")
    public List<ScreeningRule> versions(@PathVariable String ruleId) {
        return rules.versions(ruleId);
    }

    @GetMapping("/{ruleId}/versions/{version}")
    @Operation(summary = "One version of a screening rule, e.g. the one a verdict names")
    public ScreeningRule version(@PathVariable String ruleId, @PathVariable int version) {
        return rules.version(ruleId, version);
    }

    @PutMapping("/{ruleId}")
    @Operation(summary = "Create (201) or change (200) a screening rule (director): validated with the set it would "
            + "make, stored as the next version with an audit entry; 400 names the field and the rule broken, 409 a "
            + "stale expectedVersion, 422 a set that would no longer screen texts, 403 an account named as the seed")
    public ResponseEntity<ScreeningRule> change(@PathVariable String ruleId, @RequestBody ScreeningRuleDraft draft,
            Authentication authentication) {
        ScreeningRule stored = rules.change(ruleId, draft, Caller.of(authentication).id());
        return ResponseEntity.status(stored.version() == 1 ? HttpStatus.CREATED : HttpStatus.OK).body(stored);
    }

    @PostMapping("/trial")
    @Operation(summary = "Screen a text by the rules in force and the learned signal, e.g. before or after changing a rule; the text is "
            + "neither stored nor logged")
    public TrialVerdict trial(@RequestBody Trial trial) {
        if (trial.text() == null || trial.text().isBlank()) {
            throw RequestRejectedException.of("text", "required", "A text to screen.");
        }
        if (trial.text().length() > MAX_TRIAL_TEXT) {
            throw RequestRejectedException.of("text", "max-length", "At most " + MAX_TRIAL_TEXT + " characters.");
        }
        long revision = rules.current().revision();
        ScreeningVerdict verdict = rules.screening().screen(trial.categories(), trial.text());
        return new TrialVerdict(verdict.inScope(), verdict.reason(), verdict.ruleId(), verdict.ruleVersion(),
                revision, verdict.score(), verdict.doubted());
    }
}
