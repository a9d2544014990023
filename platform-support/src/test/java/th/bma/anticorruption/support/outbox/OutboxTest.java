package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T03:00:00Z"));
    private final InMemoryStore store = new InMemoryStore(clock);
    private final ScriptedSender sender = new ScriptedSender();
    private final List<String> told = new ArrayList<>();
    private final Outbox<Item> outbox = new Outbox<>("items", store, sender, clock, batches -> batches
            .forEach(batch -> batch.events().forEach(event -> told.add(event.key()))));

    @Test
    void storesABatchSendsItsEventsInOneGoAndMarksItOnce() {
        store.store(List.of(item("a")));

        Outbox.Delivery delivery = outbox.storeAndSend(List.of(item("b"), item("a"), item("c")));

        assertThat(delivery.duplicates()).containsExactly(1);
        assertThat(delivery.acknowledged()).isTrue();
        assertThat(sender.calls).hasSize(1);
        assertThat(sender.calls.get(0)).extracting(OutboxEvent::key).containsExactly("b", "c");
        assertThat(store.markCalls).isEqualTo(1);
        assertThat(store.unmarked()).containsOnlyKeys(store.firstBatchId);
    }

    @Test
    void aRefusedEventLeavesItsBatchUnmarkedAndTheRelaySendsTheSameEventsLater() {
        sender.refuse("b");
        Outbox.Delivery delivery = outbox.storeAndSend(List.of(item("b"), item("c")));
        List<UUID> stored = sender.calls.get(0).stream().map(OutboxEvent::eventId).toList();

        assertThat(delivery.acknowledged()).isFalse();
        assertThat(store.unmarked()).hasSize(1);

        sender.refuseNothing();
        assertThat(outbox.relay(Duration.ofSeconds(10), 20)).as("still within the grace period").isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(outbox.relay(Duration.ofSeconds(10), 20)).isEqualTo(2);

        assertThat(sender.calls.get(1)).extracting(OutboxEvent::eventId).containsExactlyElementsOf(stored);
        assertThat(store.unmarked()).isEmpty();
    }

    @Test
    void afterACrashBetweenStoreAndSendARestartedOutboxRelaysWithTheStoredIdsAndTrace() {
        OutboxStore.Stored stored = store.store(List.of(item("d"), item("e")));
        // The process died here: nothing was sent. A new process has a new Outbox over the same store.
        Outbox<Item> restarted = new Outbox<>("items", store, sender, clock);
        clock.advance(Duration.ofMinutes(1));

        assertThat(restarted.relay(Duration.ofSeconds(10), 20)).isEqualTo(2);

        assertThat(sender.calls).hasSize(1);
        assertThat(sender.calls.get(0)).containsExactlyElementsOf(stored.batch().events());
        assertThat(sender.calls.get(0)).allSatisfy(event -> assertThat(event.traceparent()).isEqualTo(TRACE));
        assertThat(store.unmarked()).isEmpty();
    }

    @Test
    void relaySendsManyBatchesAtOnceAndMarksOnlyThoseFullyAcknowledged() {
        store.store(List.of(item("f")));
        store.store(List.of(item("g"), item("h")));
        clock.advance(Duration.ofMinutes(1));
        sender.refuse("h");

        assertThat(outbox.relay(Duration.ofSeconds(10), 20)).isEqualTo(1);

        assertThat(sender.calls).hasSize(1);
        assertThat(sender.calls.get(0)).extracting(OutboxEvent::key).containsExactly("f", "g", "h");
        assertThat(store.unmarked().values()).singleElement()
                .satisfies(batch -> assertThat(batch.events()).extracting(OutboxEvent::key).containsExactly("g", "h"));
    }

    @Test
    void aSenderThatThrowsCountsAsRefusedAndMarksNothing() {
        OutboxSender failing = events -> {
            throw new IllegalStateException("broker gone");
        };
        Outbox<Item> broken = new Outbox<>("items", store, failing, clock);

        Outbox.Delivery delivery = broken.storeAndSend(List.of(item("i")));

        assertThat(delivery.acknowledged()).isFalse();
        assertThat(store.unmarked()).hasSize(1);
        assertThat(store.markCalls).isZero();
    }

    @Test
    void aStoreThatFailsToMarkIsNoErrorTheBatchesCountAsUnmarkedAndTheRelaySendsTheSameEventsAgain() {
        store.failMarks(true);

        Outbox.Delivery delivery = outbox.storeAndSend(List.of(item("j")));
        List<UUID> stored = sender.calls.get(0).stream().map(OutboxEvent::eventId).toList();

        assertThat(delivery.acknowledged()).as("the broker acknowledged the event").isTrue();
        assertThat(store.unmarked()).hasSize(1);
        store.store(List.of(item("k")));
        clock.advance(Duration.ofSeconds(11));
        assertThat(outbox.sendAndMark(List.copyOf(store.unmarked().values()))).containsExactly(false, false);
        assertThat(outbox.relay(Duration.ofSeconds(10), 20)).as("sent, acknowledged, not marked").isZero();

        store.failMarks(false);
        assertThat(outbox.relay(Duration.ofSeconds(10), 20)).isEqualTo(2);
        assertThat(sender.calls.get(sender.calls.size() - 1)).extracting(OutboxEvent::eventId)
                .startsWith(stored.get(0)).hasSize(2);
        assertThat(store.unmarked()).isEmpty();
    }

    @Test
    void theListenerIsToldOfEachBatchOnceItIsMarkedWhetherTheWriterOrTheRelaySentIt() {
        sender.refuse("m");
        outbox.storeAndSend(List.of(item("l")));
        outbox.storeAndSend(List.of(item("m")));
        assertThat(told).as("sent by the writer; the refused one not yet").containsExactly("l");

        store.failMarks(true);
        sender.refuseNothing();
        clock.advance(Duration.ofSeconds(11));
        outbox.relay(Duration.ofSeconds(10), 20);
        assertThat(told).as("acknowledged but not marked").containsExactly("l");

        store.failMarks(false);
        outbox.relay(Duration.ofSeconds(10), 20);
        outbox.relay(Duration.ofSeconds(10), 20);
        assertThat(told).as("sent by the relay, once").containsExactly("l", "m");
    }

    @Test
    void aListenerThatThrowsLeavesTheBatchesMarked() {
        Outbox<Item> counting = new Outbox<>("items", store, sender, clock, batches -> {
            throw new IllegalStateException("meter registry gone");
        });

        assertThat(counting.storeAndSend(List.of(item("n"))).acknowledged()).isTrue();
        assertThat(counting.sendAndMark(List.of(store.store(List.of(item("o"))).batch()))).containsExactly(true);

        assertThat(store.unmarked()).isEmpty();
    }

    private static Item item(String key) {
        return new Item(key);
    }

    record Item(String key) {
    }

    /**
     * Records by key; batches marked by id; unmarked batches kept with their registration time. Safe for a writer and
     * a relay on two threads.
     */
    static final class InMemoryStore implements OutboxStore<Item> {

        private final Clock clock;
        private final Map<String, OutboxEvent> records = new LinkedHashMap<>();
        private final Map<String, OutboxBatch> unmarked = new LinkedHashMap<>();
        private final Map<String, Instant> since = new LinkedHashMap<>();
        String firstBatchId;
        int markCalls;
        private boolean failMarks;

        InMemoryStore(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Stored store(List<Item> items) {
            Set<Integer> duplicates = new HashSet<>();
            List<OutboxEvent> events = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String key = items.get(i).key();
                if (records.containsKey(key)) {
                    duplicates.add(i);
                    continue;
                }
                OutboxEvent event = new OutboxEvent("items.v1", key, UUID.randomUUID(), "ItemStored", 1,
                        "{\"key\":\"" + key + "\"}", TRACE);
                records.put(key, event);
                events.add(event);
            }
            OutboxBatch batch = new OutboxBatch(UUID.randomUUID().toString(), events);
            if (firstBatchId == null) {
                firstBatchId = batch.id();
            }
            unmarked.put(batch.id(), batch);
            since.put(batch.id(), clock.instant());
            return new Stored(batch, duplicates);
        }

        void failMarks(boolean fail) {
            failMarks = fail;
        }

        @Override
        public synchronized void markSent(List<OutboxBatch> batches) {
            markCalls++;
            if (failMarks) {
                throw new IllegalStateException("store away while marking " + batches);
            }
            batches.forEach(batch -> unmarked.remove(batch.id()));
        }

        @Override
        public synchronized List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
            return unmarked.values().stream().filter(batch -> !since.get(batch.id()).isAfter(before)).limit(limit)
                    .toList();
        }

        synchronized Map<String, OutboxBatch> unmarked() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(unmarked));
        }
    }

    /** Acknowledges every event but those whose key it was told to refuse; keeps each call's events. */
    static final class ScriptedSender implements OutboxSender {

        final List<List<OutboxEvent>> calls = new ArrayList<>();
        private final Set<String> refused = new HashSet<>();

        void refuse(String key) {
            refused.add(key);
        }

        void refuseNothing() {
            refused.clear();
        }

        @Override
        public List<Boolean> send(List<OutboxEvent> events) {
            calls.add(List.copyOf(events));
            return events.stream().map(event -> !refused.contains(event.key())).toList();
        }
    }

    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Bangkok");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
