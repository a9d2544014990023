package th.bma.anticorruption.support.outbox;

import java.time.Duration;
import java.util.List;

import th.bma.anticorruption.support.messaging.BinderProducer;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.messaging.EventRecord;

/**
 * Sends outbox events through the service's {@link EventBatchPublisher}, on its one {@link BinderProducer}
 * (idempotent, {@code acks=all}, the binder's settings): every record of a batch is handed to the producer first and
 * only then awaited, at most {@code timeout}. Records look like every other event of the platform (key = aggregate
 * id, JSON value, the event id, type and schema version as headers) and continue the stored trace. A record the
 * sender stopped waiting for may still be acknowledged until the producer gives up on it ({@link #longestSend}).
 */
public record KafkaOutboxSender(EventBatchPublisher publisher, Duration timeout) implements OutboxSender {

    @Override
    public List<Boolean> send(List<OutboxEvent> events) {
        return publisher.send(events.stream().map(KafkaOutboxSender::recordOf).toList(), timeout);
    }

    /** The producer's {@code max.block.ms} plus the longer of its {@code delivery.timeout.ms} and {@code timeout}. */
    @Override
    public Duration longestSend() {
        return publisher.longestSend(timeout);
    }

    static EventRecord recordOf(OutboxEvent event) {
        return new EventRecord(event.topic(), event.key(), event.eventId(), event.type(), event.schemaVersion(),
                event.body(), event.traceparent());
    }
}
