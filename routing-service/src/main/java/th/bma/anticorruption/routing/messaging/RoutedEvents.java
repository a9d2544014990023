package th.bma.anticorruption.routing.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.routing.decision.DecisionAnnouncer;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxBatch;

/**
 * Announces decisions on {@code complaints.routed.v1} (keyed by complaint id) through the platform's {@link Outbox}
 * over the stored decisions ({@link DecisionOutboxStore}): the events of all the decisions are sent together and
 * awaited once, and the decisions whose event was acknowledged are marked in one write and counted in
 * {@code routing.decisions.published}. Each decision is a batch of its own, so one the broker refused stays unmarked
 * for the outbox relay while the others are marked.
 */
@Component
public class RoutedEvents implements DecisionAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(RoutedEvents.class);

    private final Outbox<RoutingDecision> outbox;
    private final DecisionOutboxStore store;
    private final MeterRegistry meters;

    public RoutedEvents(Outbox<RoutingDecision> outbox, DecisionOutboxStore store, MeterRegistry meters) {
        this.outbox = outbox;
        this.store = store;
        this.meters = meters;
    }

    @Override
    public void announce(List<RoutingDecision> stored) {
        if (stored.isEmpty()) {
            return;
        }
        List<OutboxBatch> batches = stored.stream().map(decision -> store.batchOf(List.of(decision))).toList();
        List<Boolean> marked = outbox.sendAndMark(batches);
        for (int i = 0; i < stored.size(); i++) {
            if (marked.get(i)) {
                count(stored.get(i).event());
            }
        }
    }

    private void count(ComplaintRouted routed) {
        meters.counter("routing.decisions.published", "kind", routed.kind().name(), "disposition",
                routed.disposition().name(), "rule", routed.rule().ruleId(), "channel",
                routed.complaint().channel().name()).increment();
        log.debug("Complaint {} routed to {} ({}) by rule {} v{}", routed.complaintId(), routed.destination().code(),
                routed.disposition(), routed.rule().ruleId(), routed.rule().ruleVersion());
    }
}
