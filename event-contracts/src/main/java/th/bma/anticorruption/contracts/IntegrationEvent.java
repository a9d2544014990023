package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on a shared topic carries. {@link #eventId()} is the idempotency key of every
 * consumer; {@link #aggregateId()} is the Kafka record key, so all events of one aggregate keep their order.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    int schemaVersion();

    /** The Kafka key. Not a record component, so it is not serialised twice. */
    String aggregateId();
}
