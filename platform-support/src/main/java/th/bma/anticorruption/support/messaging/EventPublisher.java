package th.bma.anticorruption.support.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.IntegrationEvent;

/**
 * Publishes an integration event through a Spring Cloud Stream output binding with the aggregate id as the Kafka key
 * (so one aggregate's events stay in order) and the event id and schema version as headers.
 * Whether {@link #publish} waits for the broker's acknowledgement is the binding's {@code sync} setting.
 * With a meter registry, every accepted event counts in {@value #PUBLISHED_METER}{@code {event}} (the event's type,
 * e.g. {@code CaseDeadlineReminder}).
 */
public class EventPublisher {

    public static final String EVENT_ID_HEADER = "eventId";
    public static final String EVENT_TYPE_HEADER = "eventType";
    public static final String SCHEMA_VERSION_HEADER = "schemaVersion";
    public static final String PUBLISHED_METER = "platform.events.published";

    private final StreamBridge streamBridge;
    private final MeterRegistry meters;

    public EventPublisher(StreamBridge streamBridge) {
        this(streamBridge, null);
    }

    public EventPublisher(StreamBridge streamBridge, MeterRegistry meters) {
        this.streamBridge = streamBridge;
        this.meters = meters;
    }

    /** Sends and returns whether the binder accepted the message. */
    public boolean publish(String bindingName, IntegrationEvent event) {
        boolean accepted = streamBridge.send(bindingName, toMessage(event));
        if (accepted) {
            countPublished(meters, event);
        }
        return accepted;
    }

    /** Counts one accepted event in {@value #PUBLISHED_METER}{@code {event}}; nothing without a registry. */
    static void countPublished(MeterRegistry meters, IntegrationEvent event) {
        countPublished(meters, event.getClass().getSimpleName());
    }

    /** Counts one accepted event of type {@code type} (the contract record's simple name). */
    static void countPublished(MeterRegistry meters, String type) {
        if (meters != null) {
            Counter.builder(PUBLISHED_METER).description("Integration events the binder accepted, by event type")
                    .tag("event", String.valueOf(type)).register(meters).increment();
        }
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
