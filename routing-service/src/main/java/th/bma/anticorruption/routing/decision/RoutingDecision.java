package th.bma.anticorruption.routing.decision;

import java.util.List;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * One routing decision as it was made, never changed afterwards. Keyed by complaint id and decision sequence
 * ({@code CMP-1#1}), so a second initial decision for the same complaint cannot be stored; the stored event is what
 * announces it, at once or again later, always with the same event id. {@code rulesUsed} keeps the rule versions in
 * force. {@code traceparent} is the trace of the delivery or request that made the decision, which every send of its
 * event continues. {@code screeningDoubt} is the doubt the received complaint carried into an initial decision (null
 * otherwise).
 */
public record RoutingDecision(
        String id,
        String complaintId,
        long sequence,
        ComplaintRouted event,
        List<RuleVersion> rulesUsed,
        List<String> evidence,
        String traceparent,
        ScreeningDoubt screeningDoubt) {

    public static String idOf(String complaintId, long sequence) {
        return complaintId + "#" + sequence;
    }

    public static RoutingDecision of(ComplaintRouted event, List<RuleVersion> rulesUsed, List<String> evidence) {
        return of(event, rulesUsed, evidence, null);
    }

    /** A decision made on a complaint that came with a screening doubt (null: none), in the current trace. */
    public static RoutingDecision of(ComplaintRouted event, List<RuleVersion> rulesUsed, List<String> evidence,
            ScreeningDoubt screeningDoubt) {
        return new RoutingDecision(idOf(event.complaintId(), event.decisionSequence()), event.complaintId(),
                event.decisionSequence(), event, List.copyOf(rulesUsed), List.copyOf(evidence), TraceParent.current(),
                screeningDoubt);
    }
}
