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
import org.springframework.kafka.support.SendResult;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Sends many events together and waits for the broker once: every record is handed to the {@link BinderProducer}
 * first, then all acknowledgements are awaited. A {@code sync: true} binding through {@link EventPublisher} waits for
 * each event in turn, which a batch of hundreds cannot afford. Records look like {@link EventPublisher}'s (key =
 * aggregate id, JSON value, the same headers), each continuing the trace it was stored with. The outbox's sender sends
 * through it ({@link #send(List, Duration)}), so every batch of events leaves a service the same way.
 */
public class EventBatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventBatchPublisher.class);

    private final BinderProducer producer;
    private final MeterRegistry meters;

    public EventBatchPublisher(BinderProducer producer, MeterRegistry meters) {
        this.producer = producer;
        this.meters = meters;
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

    /**
     * The longest records handed to {@link #send(List, Duration)} with this {@code timeout} can still be acknowledged,
     * counted from the call: the producer's bounds or the wait, whichever is longer ({@link BinderProducer#longestSend}).
     */
    public Duration longestSend(Duration timeout) {
        return producer.longestSend(timeout);
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
}
