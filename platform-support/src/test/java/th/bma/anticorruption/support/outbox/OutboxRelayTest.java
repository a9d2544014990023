package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's grace period against a sender whose first send can take long: a record whose first send is still under
 * way is left to its writer however long it has waited within that send's bound, one older than the grace period is
 * sent again, and a grace period shorter than the bound is refused.
 */
class OutboxRelayTest {

    private static final Duration LONGEST_SEND = Duration.ofSeconds(40);
    private static final Duration HOUR = Duration.ofHours(1);

    private final OutboxTest.MovableClock clock = new OutboxTest.MovableClock(Instant.parse("2026-12-04T03:00:00Z"));
    private final OutboxTest.InMemoryStore store = new OutboxTest.InMemoryStore(clock);
    private final SlowSender sender = new SlowSender();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final Outbox<OutboxTest.Item> outbox = new Outbox<>("items", store, sender, clock, batches -> batches
            .forEach(batch -> batch.events().forEach(event -> told.add(event.key()))));

    @AfterEach
    void releaseTheWriter() {
        sender.release();
    }

    @Test
    void withoutAGracePeriodTheRelayWaitsAsLongAsAFirstSendCanTake() {
        OutboxRelay relay = new OutboxRelay(List.of(outbox), new OutboxRelay.Schedule(HOUR, null, 20));

        assertThat(relay.grace()).isEqualTo(LONGEST_SEND);
    }

    @Test
    void aRecordWhoseFirstSendIsStillUnderWayIsNotSentAgainAndOneOlderThanTheGraceIs() throws Exception {
        OutboxRelay relay = new OutboxRelay(List.of(outbox), new OutboxRelay.Schedule(HOUR, null, 20));
        // Its writer died before sending it: nothing of it is on its way.
        store.store(List.of(new OutboxTest.Item("orphan")));
        clock.advance(Duration.ofSeconds(2));
        sender.holdTheNextSend();
        CompletableFuture<Outbox.Delivery> writer = CompletableFuture
                .supplyAsync(() -> outbox.storeAndSend(List.of(new OutboxTest.Item("slow"))));
        await().atMost(Duration.ofSeconds(10)).until(sender::holding);
        clock.advance(Duration.ofSeconds(39));

        relay.pass();

        assertThat(sender.calls).as("the writer's send of the slow record, then the relay's of the orphan only")
                .containsExactly(List.of("slow"), List.of("orphan"));
        assertThat(told).containsExactly("orphan");

        sender.release();
        assertThat(writer.get(10, TimeUnit.SECONDS).acknowledged()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        relay.pass();

        assertThat(sender.calls).as("nothing left to send again").hasSize(2);
        assertThat(told).as("each record counted once").containsExactly("orphan", "slow");
        assertThat(store.unmarked()).isEmpty();
    }

    @Test
    void aGracePeriodShorterThanTheLongestFirstSendIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new OutboxRelay(List.of(outbox),
                new OutboxRelay.Schedule(HOUR, Duration.ofSeconds(10), 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform.outbox.grace (PT10S)")
                .hasMessageContaining("outbox items")
                .hasMessageContaining("(PT40S");
    }

    @Test
    void aLongerGracePeriodIsKept() {
        OutboxRelay relay = new OutboxRelay(List.of(outbox),
                new OutboxRelay.Schedule(HOUR, Duration.ofMinutes(2), 20));

        assertThat(relay.grace()).isEqualTo(Duration.ofMinutes(2));
    }

    /** Acknowledges every event; can hold one send until released, as a broker slow to answer. */
    static final class SlowSender implements OutboxSender {

        final List<List<String>> calls = new CopyOnWriteArrayList<>();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean holdNext;
        private volatile boolean holding;

        void holdTheNextSend() {
            holdNext = true;
        }

        boolean holding() {
            return holding;
        }

        void release() {
            released.countDown();
        }

        @Override
        public List<Boolean> send(List<OutboxEvent> events) {
            calls.add(events.stream().map(OutboxEvent::key).toList());
            if (holdNext) {
                holdNext = false;
                holding = true;
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return events.stream().map(event -> true).toList();
        }

        @Override
        public Duration longestSend() {
            return LONGEST_SEND;
        }
    }
}
