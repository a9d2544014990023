package th.bma.anticorruption.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * An event serialised once, exactly as it is stored beside its record and as it goes to Kafka: the topic, the key
 * (the aggregate id, so one aggregate's events stay in order), the header values and the JSON body.
 * {@code traceparent} is the trace of the request that stored the event (null outside a trace): whoever sends it,
 * at once or after a crash, puts it on the record so the consumers continue that trace.
 */
public record OutboxEvent(String topic, String key, UUID eventId, String type, int schemaVersion, String json,
        String traceparent) {

    public OutboxEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(json, "json");
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
                event.schemaVersion(), mapper.writeValueAsString(event), traceparent);
    }

    public byte[] body() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
