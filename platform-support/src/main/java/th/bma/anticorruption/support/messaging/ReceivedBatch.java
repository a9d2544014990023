package th.bma.anticorruption.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

/**
 * One poll of a batch-mode consumer binding ({@code batch-mode: true}, {@code content-type:
 * application/octet-stream}, the function taking {@code Message<List<byte[]>>}): the records' values in poll order with
 * each record's {@code traceparent}. {@link #read} turns them into events up to the first record that cannot be read
 * or is refused; the consumer applies those and then calls {@link Read#throwIfPoisoned()}, which names that record to
 * the error handler ({@link BatchDeadLetters}): the records before it are committed, it goes alone to the dead-letter
 * topic (after its retries, if its failure is retryable) and the records after it are delivered again.
 */
public final class ReceivedBatch {

    private final List<byte[]> values;
    private final List<?> headers;

    private ReceivedBatch(List<byte[]> values, List<?> headers) {
        this.values = values;
        this.headers = headers;
    }

    public static ReceivedBatch of(Message<List<byte[]>> message) {
        Object converted = message.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        return new ReceivedBatch(message.getPayload(), converted instanceof List<?> list ? list : List.of());
    }

    public int size() {
        return values.size();
    }

    /** The W3C trace context the record's producer sent, or null. */
    public String traceparent(int index) {
        if (index >= headers.size() || !(headers.get(index) instanceof Map<?, ?> recordHeaders)) {
            return null;
        }
        Object value = recordHeaders.get(TraceParent.HEADER);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /**
     * Reads the records as {@code type}, each checked by {@code check} (which throws to refuse one), stopping at the
     * first that fails.
     */
    public <T> Read<T> read(JsonMapper json, Class<T> type, Consumer<T> check) {
        List<Item<T>> items = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                byte[] value = values.get(i);
                if (value == null) {
                    throw new IllegalArgumentException("A record without a value");
                }
                T event = json.readValue(value, type);
                check.accept(event);
                items.add(new Item<>(i, event, traceparent(i)));
            } catch (RuntimeException e) {
                return new Read<>(items, poisoned(i, e));
            }
        }
        return new Read<>(items, null);
    }

    /** The exception that tells the error handler which record of the batch failed. */
    public static BatchListenerFailedException poisoned(int index, Exception cause) {
        return new BatchListenerFailedException("Record " + index + " of the batch failed: "
                + cause.getClass().getSimpleName(), cause, index);
    }

    /** A record read: its place in the batch, the event and its trace. */
    public record Item<T>(int index, T event, String traceparent) {
    }

    /** The records read before the first failing one, and that failure (null if every record was read). */
    public record Read<T>(List<Item<T>> items, BatchListenerFailedException poison) {

        public List<T> events() {
            return items.stream().map(Item::event).toList();
        }

        /**
         * Takes each item one step further, in order, stopping at the first the step throws on: that record becomes
         * the failing one (it comes before any failure found while reading).
         */
        public <R> Read<R> then(Function<Item<T>, R> step) {
            List<Item<R>> next = new ArrayList<>(items.size());
            for (Item<T> item : items) {
                try {
                    next.add(new Item<>(item.index(), step.apply(item), item.traceparent()));
                } catch (RuntimeException e) {
                    return new Read<>(next, poisoned(item.index(), e));
                }
            }
            return new Read<>(next, poison);
        }

        /** After the items were applied: hands the failing record, if any, to the error handler. */
        public void throwIfPoisoned() {
            if (poison != null) {
                throw poison;
            }
        }
    }
}
