package th.bma.anticorruption.routing.web;

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
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.ManualDecisions;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.web.NotFoundException;

/** Why a complaint went where it went, and the officers' ways to send it elsewhere. */
@RestController
@RequestMapping("/api/routing/complaints/{complaintId}")
@Tag(name = "Decisions", description = "Routing decisions of a complaint; reroute; re-decision")
public class ComplaintDecisionsController {

    private final DecisionStore store;
    private final ManualDecisions decisions;
    private final SealedTexts sealedTexts;

    public ComplaintDecisionsController(DecisionStore store, ManualDecisions decisions, SealedTexts sealedTexts) {
        this.store = store;
        this.decisions = decisions;
        this.sealedTexts = sealedTexts;
    }

    @GetMapping("/decisions")
    @Operation(summary = "Every decision on a complaint, oldest first, with rule, reasons and evidence (officers; "
            + "a unit officer only while the complaint is currently routed to their unit)")
    public ComplaintDecisions decisions(@PathVariable String complaintId, Authentication authentication) {
        List<DecisionView> history = store.history(complaintId).stream().map(DecisionView::of).toList();
        // The latest decision is the current one: a unit the complaint was routed to earlier no longer reads it.
        DecisionView current = history.isEmpty() ? null : history.get(history.size() - 1);
        if (current == null || !Caller.of(authentication).reads(current.destination().code())) {
            throw new NotFoundException("No routed complaint " + complaintId + ".");
        }
        return new ComplaintDecisions(complaintId, current, history);
    }

    @PostMapping("/reroute")
    @Operation(summary = "Send the complaint to another body with a reason (intake officer, director); "
            + "publishes a ComplaintRouted of kind REROUTE")
    public DecisionReceipt reroute(@PathVariable String complaintId, @Valid @RequestBody RerouteRequest request,
            Authentication authentication) {
        String officer = Caller.of(authentication).id();
        return DecisionReceipt.of(decisions.reroute(complaintId, request.destinationCode().strip(),
                sealedTexts.mask(complaintId, "reroute.reason", officer, request.reason()), officer));
    }

    @PostMapping("/redecision")
    @Operation(summary = "Decide again with the rules in force today (director); publishes a ComplaintRouted of kind "
            + "REDECISION, the earlier decisions stay as they were")
    public DecisionReceipt redecide(@PathVariable String complaintId, @Valid @RequestBody RedecisionRequest request,
            Authentication authentication) {
        String director = Caller.of(authentication).id();
        return DecisionReceipt.of(decisions.redecide(complaintId,
                sealedTexts.mask(complaintId, "redecision.reason", director, request.reason()), director));
    }

    /** The current decision and the whole history. */
    public record ComplaintDecisions(String complaintId, DecisionView current, List<DecisionView> decisions) {
    }

    /** Where to send the complaint (a directory code) and why. */
    public record RerouteRequest(@NotBlank @Size(max = 60) String destinationCode,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** Why the complaint is decided again. */
    public record RedecisionRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
