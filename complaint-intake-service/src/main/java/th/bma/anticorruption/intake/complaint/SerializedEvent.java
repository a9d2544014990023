package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;

/**
 * An event serialised once, as it is stored in its outbox document and as it goes to Kafka: the key (aggregate id),
 * the headers' values and the JSON body. Serialising once matters on the import path, where it is done 1.5 million
 * times.
 */
public record SerializedEvent(String aggregateId, UUID eventId, String type, int schemaVersion, String json) {

    public static SerializedEvent of(IntegrationEvent event, JsonMapper mapper) {
        return new SerializedEvent(event.aggregateId(), event.eventId(), event.getClass().getSimpleName(),
                event.schemaVersion(), mapper.writeValueAsString(event));
    }

    public byte[] body() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
