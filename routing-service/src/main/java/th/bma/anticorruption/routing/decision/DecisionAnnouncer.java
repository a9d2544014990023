package th.bma.anticorruption.routing.decision;

import java.util.List;

/**
 * Announces stored decisions on {@code complaints.routed.v1}: the events of all of them are sent together and the
 * broker awaited once. An event the broker did not acknowledge is not lost: it stays with its stored decision and is
 * sent again later, with the same event id, so this never throws for a refused send.
 */
public interface DecisionAnnouncer {

    /** Sends the events of these stored decisions, each continuing the trace its decision was made in. */
    void announce(List<RoutingDecision> stored);
}
