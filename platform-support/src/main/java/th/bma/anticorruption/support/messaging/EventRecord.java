package th.bma.anticorruption.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import th.bma.anticorruption.support.observability.TraceParent;

/**
 * An integration event as it goes to Kafka, already serialised: the topic, the key (the aggregate id, so one
 * aggregate's events stay in order), the JSON value and what becomes the headers ({@value EventPublisher#EVENT_ID_HEADER},
 * {@value EventPublisher#EVENT_TYPE_HEADER}, {@value EventPublisher#SCHEMA_VERSION_HEADER}, {@code contentType});
 * {@code traceparent} is the trace the send continues (null: none).
 */
public record EventRecord(String topic, String key, UUID eventId, String type, int schemaVersion, byte[] value,
        String traceparent) {

    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    public EventRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The producer record; {@code withTraceHeader} puts {@code traceparent} on it, for a producer that does not
     * observe its sends (an observed one writes the header of the trace current when it sends).
     */
    public ProducerRecord<byte[], byte[]> toProducerRecord(boolean withTraceHeader) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, utf8(key), value);
        record.headers().add(EventPublisher.EVENT_ID_HEADER, utf8(eventId.toString()));
        if (type != null) {
            record.headers().add(EventPublisher.EVENT_TYPE_HEADER, utf8(type));
        }
        record.headers().add(EventPublisher.SCHEMA_VERSION_HEADER, utf8(String.valueOf(schemaVersion)))
                .add("contentType", JSON);
        if (withTraceHeader) {
            TraceParent.addTo(record.headers(), traceparent);
        }
        return record;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
