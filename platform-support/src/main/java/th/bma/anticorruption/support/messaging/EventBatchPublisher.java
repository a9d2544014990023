package th.bma.anticorruption.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.support.SendResult;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the events of a consumer's batch together and waits for the broker once: every record is handed to the
 * {@link BinderProducer} first, then all acknowledgements are awaited. A {@code sync: true} binding through
 * {@link EventPublisher} waits for each event in turn, which a batch of hundreds cannot afford. Records look like
 * {@link EventPublisher}'s: the topic is the output binding's destination, key = aggregate id, JSON value, the same
 * headers; each continues the trace it is given (the consumed record's, or the one its outbox entry kept). The
 * outbox's sender sends through it too ({@link #send(List, Duration)}), so every batch of events leaves a service
 * the same way.
 */
public class EventBatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventBatchPublisher.class);
    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(130);

    private final BinderProducer producer;
    private final BindingServiceProperties bindings;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public EventBatchPublisher(BinderProducer producer, BindingServiceProperties bindings, JsonMapper json,
            MeterRegistry meters) {
        this.producer = producer;
        this.bindings = bindings;
        this.json = json;
        this.meters = meters;
    }

    /** An event to send on an output binding, continuing the trace {@code traceparent} (null: none). */
    public record Outgoing(String binding, IntegrationEvent event, String traceparent) {
    }

    /** Sends every event; throws {@link EventsNotAcknowledgedException} unless the broker acknowledged all. */
    public void publishAll(List<Outgoing> events) {
        List<Boolean> acknowledged = sendAll(events);
        long refused = acknowledged.stream().filter(ok -> !ok).count();
        if (refused > 0) {
            throw new EventsNotAcknowledgedException(refused + " of " + events.size()
                    + " events were not acknowledged by the broker");
        }
    }

    /** Sends every event and returns, in the same order, whether the broker acknowledged it. */
    public List<Boolean> sendAll(List<Outgoing> events) {
        events.stream().map(Outgoing::binding).distinct()
                .forEach(binding -> producer.provision(binding, bindings.getBindingDestination(binding), bindings));
        List<EventRecord> records = new ArrayList<>(events.size());
        for (Outgoing outgoing : events) {
            IntegrationEvent event = outgoing.event();
            records.add(new EventRecord(bindings.getBindingDestination(outgoing.binding()), event.aggregateId(),
                    event.eventId(), event.getClass().getSimpleName(), event.schemaVersion(),
                    json.writeValueAsBytes(event), outgoing.traceparent()));
        }
        return send(records, ACKNOWLEDGEMENT_TIMEOUT);
    }

    /**
     * Sends records already serialised (each to its own topic, which exists: the platform's topics are created at
     * start) and returns, in the same order, whether the broker acknowledged each within {@code timeout} of the last
     * one being handed over. Every record is handed to the producer first, each within the trace it continues, and
     * only then are the acknowledgements awaited.
     */
    public List<Boolean> send(List<EventRecord> records, Duration timeout) {
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>(records.size());
        for (EventRecord record : records) {
            sends.add(send(record));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Boolean> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            boolean ok = await(sends.get(i), records.get(i), deadline);
            if (ok) {
                EventPublisher.countPublished(meters, records.get(i).type());
            }
            acknowledged.add(ok);
        }
        return acknowledged;
    }

    private CompletableFuture<SendResult<byte[], byte[]>> send(EventRecord event) {
        try (Scope trace = TraceParent.resume(event.traceparent())) {
            return producer.template().send(event.toProducerRecord(!producer.observed()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean await(CompletableFuture<SendResult<byte[], byte[]>> send, EventRecord event,
            long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            // The cause's message may quote the payload: log only its type.
            log.warn("Event {} ({}) was not acknowledged: {}", event.eventId(), event.type(),
                    e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The broker did not acknowledge some events of a batch; the batch is delivered again. */
    public static class EventsNotAcknowledgedException extends RuntimeException {

        public EventsNotAcknowledgedException(String message) {
            super(message);
        }
    }
}
