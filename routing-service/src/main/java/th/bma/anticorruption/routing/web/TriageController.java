package th.bma.anticorruption.routing.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.decision.ComplaintFile;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.ManualDecisions;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** The triage queue: complaints under verification, which intake officers resolve. */
@RestController
@RequestMapping("/api/routing/triage")
@Tag(name = "Triage", description = "Complaints under verification (UNDER_VERIFICATION): line of work or accused's "
        + "unit unclear, or screening unsure it is a complaint of corruption at all")
public class TriageController {

    private final DecisionStore store;
    private final ManualDecisions decisions;
    private final SealedTexts sealedTexts;

    public TriageController(DecisionStore store, ManualDecisions decisions, SealedTexts sealedTexts) {
        this.store = store;
        this.decisions = decisions;
        this.sealedTexts = sealedTexts;
    }

    @GetMapping
    @Operation(summary = "Complaints under verification, oldest first (intake officer, director)")
    public List<TriageItem> queue(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        // the roles allowed here read every complaint; the check keeps the queue closed if that ever changes
        return store.triageQueue().stream()
                .filter(file -> file.currentDestination() != null && caller.reads(file.currentDestination().code()))
                .map(TriageItem::of).toList();
    }

    @PostMapping("/{complaintId}/decision")
    @Operation(summary = "Resolve a complaint under verification: give the line of work (the rules then decide) or "
            + "also a destination code, publishing a ComplaintRouted of kind TRIAGE_RESOLVED; or, with outcome "
            + "NOT_CORRUPTION and no line of work nor destination, close it as no complaint of corruption at all "
            + "(kind NOT_CORRUPTION, disposition COMPLETED, counted with the records screening left out)")
    public DecisionReceipt resolve(@PathVariable String complaintId, @Valid @RequestBody TriageDecision request,
            Authentication authentication) {
        request.check();
        String officer = Caller.of(authentication).id();
        String reason = sealedTexts.mask(complaintId, "triage.reason", officer, request.reason());
        return DecisionReceipt.of(request.notCorruption()
                ? decisions.dismissAsNotCorruption(complaintId, reason, officer)
                : decisions.resolveTriage(complaintId, request.lineOfWork(), request.destinationCode(), reason,
                        officer));
    }

    /** What an intake officer makes of a complaint under verification. */
    public enum TriageOutcome {
        /** A complaint of corruption: it goes where the line of work (and the destination, if named) says. */
        ROUTED,
        /** Not a complaint of corruption or misconduct at all: closed, counted with the records screened out. */
        NOT_CORRUPTION
    }

    /**
     * The intake officer's judgement: {@code outcome} absent or {@code ROUTED} needs the line of work;
     * {@code NOT_CORRUPTION} takes neither a line of work nor a destination. The reason is always required.
     */
    public record TriageDecision(TriageOutcome outcome, LineOfWork lineOfWork, @Size(max = 60) String destinationCode,
            @NotBlank @Size(max = 1000) String reason) {

        boolean notCorruption() {
            return outcome == TriageOutcome.NOT_CORRUPTION;
        }

        void check() {
            List<FieldViolation> violations = new ArrayList<>();
            if (notCorruption()) {
                if (lineOfWork != null) {
                    violations.add(new FieldViolation("lineOfWork", "absent-when-not-corruption",
                            "A complaint that is not about corruption has no line of work."));
                }
                if (destinationCode != null && !destinationCode.isBlank()) {
                    violations.add(new FieldViolation("destinationCode", "absent-when-not-corruption",
                            "A complaint that is not about corruption is sent nowhere."));
                }
            } else if (lineOfWork == null) {
                violations.add(new FieldViolation("lineOfWork", "NotNull",
                        "Give the line of work of a complaint of corruption."));
            }
            if (!violations.isEmpty()) {
                throw new RequestRejectedException(violations);
            }
        }
    }

    /**
     * A complaint waiting in the queue, with what the classifier made of it and, when screening was unsure it is a
     * complaint of corruption at all, that doubt (its score and reason; null otherwise).
     */
    public record TriageItem(String complaintId, Channel channel, OffsetDateTime receivedAt, String district,
            String organisation, List<String> categories, String description, LineOfWork suggestedLineOfWork,
            double confidence, String reasonTh, String reasonEn, ScreeningDoubt screeningDoubt) {

        static TriageItem of(ComplaintFile file) {
            ComplaintSummary c = file.complaint();
            return new TriageItem(file.complaintId(), c.channel(), c.receivedAt(), c.district(), c.organisation(),
                    c.categories(), c.description(), file.lineOfWork(), file.confidence(), file.reasonTh(),
                    file.reasonEn(), file.screeningDoubt());
        }
    }
}
