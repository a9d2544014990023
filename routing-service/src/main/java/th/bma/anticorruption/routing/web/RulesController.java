package th.bma.anticorruption.routing.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleAuditEntry;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleDraft;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.NotFoundException;

/** The routing rule table: read by officers, changed only by the director, every change a new audited version. */
@RestController
@RequestMapping("/api/routing/rules")
@Tag(name = "Rules", description = "Versioned routing rules (jurisdiction table, triage threshold, working-group areas)")
public class RulesController {

    private final RuleBook rules;

    public RulesController(RuleBook rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The rules in force, in the order they are tried")
    public List<RoutingRule> inForce() {
        return rules.current().rules();
    }

    /** The ids of the rules whose version in force the director wrote while the release ships another default. */
    public record DifferingDefaults(
            @Schema(description = "Rules whose version in force the director wrote and whose shipped default differs "
                    + "from it (a release never overwrites the director's version)")
            List<String> shippedDefaultsDiffering) {
    }

    @GetMapping("/shipped-defaults")
    @Operation(summary = "Which rules in force the director wrote while the release ships a default that differs")
    public DifferingDefaults shippedDefaults() {
        return new DifferingDefaults(rules.shippedDefaultsDiffering());
    }

    @GetMapping("/audit")
    @Operation(summary = "Who changed which rule, when and why, newest first (director, auditor)")
    public List<RuleAuditEntry> audit() {
        return rules.auditTrail();
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "The version of a rule in force")
    public RoutingRule one(@PathVariable String ruleId) {
        return rules.current().rule(ruleId).orElseThrow(() -> new NotFoundException("No rule " + ruleId + "."));
    }

    @GetMapping("/{ruleId}/versions")
    @Operation(summary = "Every version of a rule, oldest first")
    public List<RoutingRule> versions(@PathVariable String ruleId) {
        return rules.versions(ruleId);
    }

    @GetMapping("/{ruleId}/versions/{version}")
    @Operation(summary = "One version of a rule, e.g. the one a past decision names")
    public RoutingRule version(@PathVariable String ruleId, @PathVariable int version) {
        return rules.version(ruleId, version);
    }

    @PutMapping("/{ruleId}")
    @Operation(summary = "Create or change a rule (director): validated with the table it would make, stored as the "
            + "next version with an audit entry; the next decision uses it, past decisions keep theirs; 403 for an "
            + "account named as the seed")
    public RoutingRule change(@PathVariable String ruleId, @RequestBody RuleDraft draft,
            Authentication authentication) {
        return rules.change(ruleId, draft, Caller.of(authentication).id());
    }
}
