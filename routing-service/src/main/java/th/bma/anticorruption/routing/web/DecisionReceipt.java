package th.bma.anticorruption.routing.web;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.RuleReference;

/** What an officer's decision did: the event published, its sequence, where the complaint now is and why. */
public record DecisionReceipt(String complaintId, String eventId, long decisionSequence, RoutingKind kind,
        Disposition disposition, Destination destination, RuleReference rule) {

    static DecisionReceipt of(ComplaintRouted event) {
        return new DecisionReceipt(event.complaintId(), event.eventId().toString(), event.decisionSequence(),
                event.kind(), event.disposition(), event.destination(), event.rule());
    }
}
