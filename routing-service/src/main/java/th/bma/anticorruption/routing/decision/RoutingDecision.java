package th.bma.anticorruption.routing.decision;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * One routing decision as it was made, never changed afterwards. Keyed by complaint id and decision sequence
 * ({@code CMP-1#1}), so a second initial decision for the same complaint cannot be stored; the stored event is what a
 * redelivery republishes, with the same event id. {@code rulesUsed} keeps the rule versions in force.
 * {@code publishedAt} is the only field set later: when the broker acknowledged the event (null until then, and then
 * {@link DecisionRepublisher} sends it). {@code traceparent} is the trace of the delivery or request that made the
 * decision, which the republisher continues. {@code screeningDoubt} is the doubt the received complaint carried into
 * an initial decision (null otherwise).
 */
@Document("decisions")
public record RoutingDecision(
        @Id String id,
        @Indexed String complaintId,
        long sequence,
        ComplaintRouted event,
        List<RuleVersion> rulesUsed,
        List<String> evidence,
        @Indexed Instant publishedAt,
        String traceparent,
        ScreeningDoubt screeningDoubt) {

    public static String idOf(String complaintId, long sequence) {
        return complaintId + "#" + sequence;
    }

    public static RoutingDecision of(ComplaintRouted event, List<RuleVersion> rulesUsed, List<String> evidence) {
        return of(event, rulesUsed, evidence, null);
    }

    /** A decision made on a complaint that came with a screening doubt (null: none). */
    public static RoutingDecision of(ComplaintRouted event, List<RuleVersion> rulesUsed, List<String> evidence,
            ScreeningDoubt screeningDoubt) {
        return new RoutingDecision(idOf(event.complaintId(), event.decisionSequence()), event.complaintId(),
                event.decisionSequence(), event, List.copyOf(rulesUsed), List.copyOf(evidence), null,
                TraceParent.current(), screeningDoubt);
    }
}
