package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.IntegrationEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event serialised for the outbox keeps the event it was written from for the outbox's listeners, beside the JSON
 * that is sent; one read back as stored JSON has none, and equality is that of what is sent.
 */
class OutboxEventTest {

    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record ItemStored(UUID eventId, Instant occurredAt, int schemaVersion, String item) implements IntegrationEvent {

        @Override
        public String aggregateId() {
            return item;
        }
    }

    record ItemRemoved(UUID eventId, Instant occurredAt, int schemaVersion, String item) implements IntegrationEvent {

        @Override
        public String aggregateId() {
            return item;
        }
    }

    private final ItemStored stored = new ItemStored(UUID.randomUUID(), Instant.parse("2026-12-04T03:00:00Z"), 1,
            "item-1");

    @Test
    void anEventSerialisedForTheOutboxCarriesTheEventItWasWrittenFrom() {
        OutboxEvent event = OutboxEvent.of("items.v1", stored, JSON, TRACE);

        assertThat(event.event(ItemStored.class)).containsSame(stored);
        assertThat(event.event(ItemRemoved.class)).as("not an event of that type").isEmpty();
        assertThat(event.json()).contains("\"item\":\"item-1\"");
    }

    @Test
    void anEventReadBackAsStoredJsonCarriesNoneAndEqualsTheOneThatWasSerialised() {
        OutboxEvent serialised = OutboxEvent.of("items.v1", stored, JSON, TRACE);
        OutboxEvent readBack = new OutboxEvent(serialised.topic(), serialised.key(), serialised.eventId(),
                serialised.type(), serialised.schemaVersion(), serialised.json(), serialised.traceparent());

        assertThat(readBack.event(ItemStored.class)).isEmpty();
        assertThat(readBack).isEqualTo(serialised).hasSameHashCodeAs(serialised);
        assertThat(new OutboxEvent(serialised.topic(), serialised.key(), serialised.eventId(), serialised.type(),
                serialised.schemaVersion(), "{}", serialised.traceparent())).isNotEqualTo(serialised);
    }
}
