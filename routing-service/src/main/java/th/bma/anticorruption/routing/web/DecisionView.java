package th.bma.anticorruption.routing.web;

import java.time.Instant;
import java.util.List;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.decision.RuleVersion;

/** One decision on a complaint and why it was made: the rule (and every rule version consulted) and the evidence. */
public record DecisionView(
        long sequence,
        RoutingKind kind,
        Instant decidedAt,
        String eventId,
        LineOfWork lineOfWork,
        double confidence,
        Disposition disposition,
        Destination destination,
        RuleReference rule,
        List<RuleVersion> rulesUsed,
        List<String> evidence,
        String decidedBy,
        String note) {

    static DecisionView of(RoutingDecision decision) {
        ComplaintRouted event = decision.event();
        return new DecisionView(decision.sequence(), event.kind(), event.occurredAt(), event.eventId().toString(),
                event.lineOfWork(), event.confidence(), event.disposition(), event.destination(), event.rule(),
                decision.rulesUsed(), decision.evidence(), event.decidedBy(), event.note());
    }
}
