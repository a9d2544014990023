package th.bma.anticorruption.support.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import th.bma.anticorruption.contracts.IntegrationEvent;

/**
 * Publishes an integration event through a Spring Cloud Stream output binding with the aggregate id as the Kafka key
 * (so one aggregate's events stay in order) and the event id and schema version as headers.
 * Whether {@link #publish} waits for the broker's acknowledgement is the binding's {@code sync} setting.
 */
public class EventPublisher {

    public static final String EVENT_ID_HEADER = "eventId";
    public static final String EVENT_TYPE_HEADER = "eventType";
    public static final String SCHEMA_VERSION_HEADER = "schemaVersion";

    private final StreamBridge streamBridge;

    public EventPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /** Sends and returns whether the binder accepted the message. */
    public boolean publish(String bindingName, IntegrationEvent event) {
        return streamBridge.send(bindingName, toMessage(event));
    }

    public static Message<IntegrationEvent> toMessage(IntegrationEvent event) {
        return MessageBuilder.withPayload(event)
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .setHeader(EVENT_ID_HEADER, event.eventId().toString())
                .setHeader(EVENT_TYPE_HEADER, event.getClass().getSimpleName())
                .setHeader(SCHEMA_VERSION_HEADER, event.schemaVersion())
                .build();
    }
}
