package th.bma.anticorruption.routing.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;

/**
 * Counts in {@code routing.decisions.published} (tagged by kind, disposition, rule and channel) each decision whose
 * event the broker acknowledged and the decisions' outbox then marked sent, whether a poll, an officer's request or
 * the relay sent it; read from the {@link ComplaintRouted} the outbox carries beside the JSON it sent (the decisions'
 * store builds every event it hands the outbox from its decision, writer's and relay's alike).
 */
@Component
class PublishedDecisions implements Outbox.Listener {

    private static final Logger log = LoggerFactory.getLogger(PublishedDecisions.class);

    private final MeterRegistry meters;

    PublishedDecisions(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void marked(List<OutboxBatch> batches) {
        for (OutboxBatch batch : batches) {
            for (OutboxEvent event : batch.events()) {
                event.event(ComplaintRouted.class).ifPresentOrElse(this::count, () -> log.warn(
                        "Decision event {} was marked sent without its ComplaintRouted; not counted",
                        event.eventId()));
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
