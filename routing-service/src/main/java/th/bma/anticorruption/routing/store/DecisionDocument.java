package th.bma.anticorruption.routing.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.decision.RuleVersion;

/**
 * A {@link RoutingDecision} as stored, with the event that announces it (collection {@code decisions}, one document
 * per decision, keyed {@code CMP-1#1}). {@code publishedAt} is the only field set later: when the broker acknowledged
 * the event (null until then; the outbox relay finds such decisions by their markers, {@link PendingDecisionsConfiguration}).
 */
@Document(DecisionDocument.COLLECTION)
record DecisionDocument(
        @Id String id,
        @Indexed String complaintId,
        long sequence,
        ComplaintRouted event,
        List<RuleVersion> rulesUsed,
        List<String> evidence,
        @Indexed Instant publishedAt,
        String traceparent,
        ScreeningDoubt screeningDoubt) {

    static final String COLLECTION = "decisions";
    static final String PUBLISHED_AT = "publishedAt";
    static final String OCCURRED_AT = "event.occurredAt";

    static DecisionDocument of(RoutingDecision decision) {
        return new DecisionDocument(decision.id(), decision.complaintId(), decision.sequence(), decision.event(),
                decision.rulesUsed(), decision.evidence(), null, decision.traceparent(), decision.screeningDoubt());
    }

    RoutingDecision decision() {
        return new RoutingDecision(id, complaintId, sequence, event, rulesUsed, evidence, traceparent, screeningDoubt);
    }
}
