package th.bma.anticorruption.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
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
 * headers; each continues the trace it is given (the consumed record's, or the one its outbox entry kept).
 */
public class EventBatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventBatchPublisher.class);
    private static final long ACKNOWLEDGEMENT_TIMEOUT_SECONDS = 130;

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
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>(events.size());
        events.stream().map(Outgoing::binding).distinct()
                .forEach(binding -> producer.provision(binding, bindings.getBindingDestination(binding), bindings));
        for (Outgoing outgoing : events) {
            sends.add(send(outgoing));
        }
        List<Boolean> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            boolean ok = await(sends.get(i), events.get(i).event());
            if (ok) {
                EventPublisher.countPublished(meters, events.get(i).event());
            }
            acknowledged.add(ok);
        }
        return acknowledged;
    }

    private CompletableFuture<SendResult<byte[], byte[]>> send(Outgoing outgoing) {
        IntegrationEvent event = outgoing.event();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(bindings.getBindingDestination(outgoing.binding()),
                utf8(event.aggregateId()), json.writeValueAsBytes(event));
        record.headers()
                .add(EventPublisher.EVENT_ID_HEADER, utf8(event.eventId().toString()))
                .add(EventPublisher.EVENT_TYPE_HEADER, utf8(event.getClass().getSimpleName()))
                .add(EventPublisher.SCHEMA_VERSION_HEADER, utf8(String.valueOf(event.schemaVersion())))
                .add("contentType", utf8("application/json"));
        if (!producer.observed()) {
            TraceParent.addTo(record.headers(), outgoing.traceparent());
        }
        try (Scope trace = TraceParent.resume(outgoing.traceparent())) {
            return producer.template().send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean await(CompletableFuture<SendResult<byte[], byte[]>> send, IntegrationEvent event) {
        try {
            send.get(ACKNOWLEDGEMENT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Event {} ({}) was not acknowledged: {}", event.eventId(), event.getClass().getSimpleName(),
                    e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The broker did not acknowledge some events of a batch; the batch is delivered again. */
    public static class EventsNotAcknowledgedException extends RuntimeException {

        public EventsNotAcknowledgedException(String message) {
            super(message);
        }
    }
}
