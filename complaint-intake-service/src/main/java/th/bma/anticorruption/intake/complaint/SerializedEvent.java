package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * An event serialised once, as it is stored in its outbox document and as it goes to Kafka: the key (aggregate id),
 * the headers' values and the JSON body. Serialising once matters on the import path, where it is done 1.5 million
 * times. {@code traceparent} is the trace of the request that accepted the event (null outside a trace): whoever sends
 * it, now or after a crash, puts it on the record so the consumers continue that trace.
 */
public record SerializedEvent(String aggregateId, UUID eventId, String type, int schemaVersion, String json,
        String traceparent) {

    public SerializedEvent(String aggregateId, UUID eventId, String type, int schemaVersion, String json) {
        this(aggregateId, eventId, type, schemaVersion, json, null);
    }

    /** Serialises {@code event} within the current trace, if any. */
    public static SerializedEvent of(IntegrationEvent event, JsonMapper mapper) {
        return new SerializedEvent(event.aggregateId(), event.eventId(), event.getClass().getSimpleName(),
                event.schemaVersion(), mapper.writeValueAsString(event), TraceParent.current());
    }

    public byte[] body() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
