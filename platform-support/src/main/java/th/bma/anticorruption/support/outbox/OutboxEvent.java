package th.bma.anticorruption.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * An event serialised once, exactly as it is stored beside its record and as it goes to Kafka: the topic, the key
 * (the aggregate id, so one aggregate's events stay in order), the header values and the JSON body.
 * {@code traceparent} is the trace of the request that stored the event (null outside a trace): whoever sends it,
 * at once or after a crash, puts it on the record so the consumers continue that trace. {@code event} is the event
 * the JSON was written from, where the outbox has it (null where the event was read back as stored JSON): an
 * {@link Outbox.Listener} reads what it counts from it ({@link #event(Class)}) instead of parsing the JSON again. It
 * is not part of what is sent, nor of equality, which the JSON already decides.
 */
public record OutboxEvent(String topic, String key, UUID eventId, String type, int schemaVersion, String json,
        String traceparent, IntegrationEvent event) {

    public OutboxEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(json, "json");
    }

    /** An event known only as its stored JSON. */
    public OutboxEvent(String topic, String key, UUID eventId, String type, int schemaVersion, String json,
            String traceparent) {
        this(topic, key, eventId, type, schemaVersion, json, traceparent, null);
    }

    /** Serialises {@code event} for {@code topic} within the current trace, if any. */
    public static OutboxEvent of(String topic, IntegrationEvent event, JsonMapper mapper) {
        return of(topic, event, mapper, TraceParent.current());
    }

    /**
     * Serialises {@code event} for {@code topic}, continuing {@code traceparent} (null: none): for an event stored as a
     * record rather than as JSON, serialised each time it is sent with the trace its record kept.
     */
    public static OutboxEvent of(String topic, IntegrationEvent event, JsonMapper mapper, String traceparent) {
        return new OutboxEvent(topic, event.aggregateId(), event.eventId(), event.getClass().getSimpleName(),
                event.schemaVersion(), mapper.writeValueAsString(event), traceparent, event);
    }

    /** The event the JSON was written from, if the outbox has it and it is a {@code type}. */
    public <E extends IntegrationEvent> Optional<E> event(Class<E> type) {
        return type.isInstance(event) ? Optional.of(type.cast(event)) : Optional.empty();
    }

    public byte[] body() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxEvent that && topic.equals(that.topic) && key.equals(that.key)
                && eventId.equals(that.eventId) && Objects.equals(type, that.type)
                && schemaVersion == that.schemaVersion && json.equals(that.json)
                && Objects.equals(traceparent, that.traceparent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, key, eventId, type, schemaVersion, json, traceparent);
    }

    @Override
    public String toString() {
        return "OutboxEvent[topic=" + topic + ", key=" + key + ", eventId=" + eventId + ", type=" + type
                + ", schemaVersion=" + schemaVersion + ", json=" + json + ", traceparent=" + traceparent + "]";
    }
}
