package th.bma.anticorruption.routing.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.routing.decision.DecisionAnnouncer;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxBatch;

/**
 * Announces decisions on {@code complaints.routed.v1} (keyed by complaint id) through the platform's {@link Outbox}
 * over the stored decisions ({@link DecisionOutboxStore}): the events of all the decisions are sent together and
 * awaited once, and the decisions whose event was acknowledged are marked in one write (and counted,
 * {@link PublishedDecisions}). Each decision is a batch of its own, so one the broker refused stays unmarked for the
 * outbox relay while the others are marked.
 */
@Component
public class RoutedEvents implements DecisionAnnouncer {

    private final Outbox<RoutingDecision> outbox;
    private final DecisionOutboxStore store;

    public RoutedEvents(Outbox<RoutingDecision> outbox, DecisionOutboxStore store) {
        this.outbox = outbox;
        this.store = store;
    }

    @Override
    public void announce(List<RoutingDecision> stored) {
        if (stored.isEmpty()) {
            return;
        }
        outbox.sendAndMark(stored.stream().map(decision -> store.batchOf(List.of(decision))).toList());
    }
}
