package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.support.outbox.OutboxStore;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

class ScreenedOutTalliesIntegrationTest extends IntakeIntegrationTestSupport {

    @Autowired
    private OutboxDocuments documents;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private OutboxSender sender;

    @Autowired
    private JsonMapper json;

    /** The real sender, made to fail while {@code down}; remembers every tally it was handed. */
    private final AtomicBoolean down = new AtomicBoolean();
    private final List<OutboxEvent> handed = new ArrayList<>();

    private ScreenedOutTallies tallies;
    private Outbox<ScreenedOutTallies.Screened> outbox;

    @BeforeEach
    void outbox() {
        tallies = new ScreenedOutTallies(documents, mongo, json, clock);
        outbox = new Outbox<>("tallies", tallies, events -> {
            handed.addAll(events);
            return down.get() ? Collections.nCopies(events.size(), false) : sender.send(events);
        }, clock);
    }

    @Test
    void aTallyWhoseSendFailedStaysPendingAndIsRelayedWithTheSameEventIdCountingOnlyTheBatchsOwnRecords() {
        assertThat(outbox.storeAndSend(List.of(screened("2022-TLY001", "2022-05"))).duplicates()).isEmpty();
        long pendingBefore = tallies.pendingCount();

        down.set(true);
        handed.clear();
        List<ScreenedOutTallies.Screened> batch = List.of(screened("2022-TLY001", "2022-05"),
                screened("2022-TLY002", "2022-05"), screened("2022-TLY003", "2022-05"), screened("2022-TLY004", "2022-06"));
        assertThat(outbox.storeAndSend(batch).duplicates()).as("the record already seen").containsExactly(0);
        assertThat(tallies.pendingCount()).isEqualTo(pendingBefore + 1);
        Map<String, String> firstIds = idsByMonth(handed);
        assertThat(counts(handed)).containsExactlyInAnyOrderEntriesOf(Map.of("2022-05", 2L, "2022-06", 1L));

        down.set(false);
        handed.clear();
        assertThat(outbox.relay(Duration.ofSeconds(10), 100)).as("still within the grace period").isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(outbox.relay(Duration.ofSeconds(10), 100)).isEqualTo(2);
        assertThat(tallies.pendingCount()).isEqualTo(pendingBefore);
        assertThat(counts(handed)).as("the duplicate stored by another batch is not counted again")
                .containsExactlyInAnyOrderEntriesOf(Map.of("2022-05", 2L, "2022-06", 1L));
        assertThat(idsByMonth(handed)).as("relayed with the event ids of the failed send").isEqualTo(firstIds);

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_SCREENED_OUT_TALLIED)) {
            JsonNode may = reader.awaitValue(v -> v.get("eventId").asString().equals(firstIds.get("2022-05")),
                    Duration.ofSeconds(30));
            assertThat(may.get("channel").asString()).isEqualTo("TRAFFY_FONDUE");
            assertThat(may.get("month").asString()).isEqualTo("2022-05");
            assertThat(may.get("count").asLong()).isEqualTo(2);
        }
    }

    @Test
    void recordingTheSameRecordsAgainCountsNothingAndPublishesNoTally() {
        List<ScreenedOutTallies.Screened> batch = List.of(screened("2021-TLY101", "2021-07"),
                screened("2021-TLY102", "2021-08"));
        assertThat(outbox.storeAndSend(batch).duplicates()).isEmpty();
        assertThat(counts(handed)).containsExactlyInAnyOrderEntriesOf(Map.of("2021-07", 1L, "2021-08", 1L));

        handed.clear();
        long pendingBefore = tallies.pendingCount();
        assertThat(outbox.storeAndSend(batch).duplicates()).containsExactlyInAnyOrder(0, 1);
        assertThat(handed).isEmpty();
        assertThat(tallies.pendingCount()).isEqualTo(pendingBefore);
    }

    @Test
    void aPushedRecordIsKeptAsAKeyWithItsOwnEventAndASecondPushInTheSameBatchIsADuplicate() {
        ComplaintScreenedOut pushed = new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(),
                "HOTLINE_1555:CALL-TLY-7", ComplaintScreenedOut.SCHEMA_VERSION, Channel.HOTLINE_1555, "CALL-TLY-7",
                OffsetDateTime.parse("2025-02-03T10:00:00+07:00"), "no-term", "ถนน");
        ScreenedOutTallies.Screened call = new ScreenedOutTallies.Screened(pushed.screeningId(), Channel.HOTLINE_1555,
                "2025-02", OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT, pushed, json));
        long keyDocuments = mongo.getCollection("screenedOutKeys").countDocuments();
        down.set(true);

        assertThat(outbox.storeAndSend(List.of(call, screened("2025-TLY201", "2025-02"), call)).duplicates())
                .containsExactly(2);
        assertThat(mongo.getCollection("screenedOutKeys").countDocuments()).as("one document for the batch")
                .isEqualTo(keyDocuments + 1);
        assertThat(handed).extracting(OutboxEvent::eventId).contains(pushed.eventId());

        down.set(false);
        handed.clear();
        clock.advance(Duration.ofSeconds(11));
        outbox.relay(Duration.ofSeconds(10), 100);
        assertThat(handed).filteredOn(event -> event.topic().equals(Topics.COMPLAINTS_SCREENED_OUT))
                .singleElement().satisfies(event -> {
                    assertThat(event.eventId()).isEqualTo(pushed.eventId());
                    assertThat(event.key()).isEqualTo("HOTLINE_1555:CALL-TLY-7");
                    assertThat(json.readTree(event.json()).get("category").asString()).isEqualTo("ถนน");
                });
        assertThat(counts(handed.stream().filter(event -> event.topic().equals(Topics.COMPLAINTS_SCREENED_OUT_TALLIED))
                .toList())).containsEntry("2025-02", 1L);
    }

    @Test
    void twoInstancesTakingOverlappingKeysAtOnceCountEachKeyExactlyOnce() throws Exception {
        ScreenedOutTallies one = new ScreenedOutTallies(documents, mongo, json, clock);
        ScreenedOutTallies other = new ScreenedOutTallies(documents, mongo, json, clock);
        List<ScreenedOutTallies.Screened> first = new ArrayList<>();
        List<ScreenedOutTallies.Screened> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(screened("2020-OVL%03d".formatted(i), "2020-01"));
            second.add(screened("2020-OVL%03d".formatted(i + 100), "2020-01"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<OutboxStore.Stored> a = pool.submit(() -> one.store(first));
            Future<OutboxStore.Stored> b = pool.submit(() -> other.store(second));
            int fresh = 400 - a.get().duplicates().size() - b.get().duplicates().size();
            assertThat(fresh).as("300 different keys, each taken by exactly one of them").isEqualTo(300);
            long counted = countOf(a.get()) + countOf(b.get());
            assertThat(counted).isEqualTo(300);
            // As the outbox would once the broker acknowledged them: the relay of other tests must not see them.
            one.markSent(List.of(a.get().batch(), b.get().batch()));
        } finally {
            pool.shutdownNow();
        }
        ScreenedOutTallies restarted = new ScreenedOutTallies(documents, mongo, json, clock);
        OutboxStore.Stored again = restarted.store(List.of(screened("2020-OVL150", "2020-01"),
                screened("2020-OVL300", "2020-01")));
        assertThat(again.duplicates()).as("after a restart the keys are still there").containsExactly(0);
        restarted.markSent(List.of(again.batch()));
    }

    @Test
    void keysOfRecordsKeptOneDocumentEachAreCopiedOnceAndStillMakeARepushADuplicate() {
        OutboxEvent legacyEvent = OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT, new ComplaintScreenedOut(
                UUID.randomUUID(), clock.instant(), "TRAFFY_FONDUE:2019-OLD001", ComplaintScreenedOut.SCHEMA_VERSION,
                Channel.TRAFFY_FONDUE, "2019-OLD001", OffsetDateTime.parse("2019-05-01T08:00:00+07:00"), "no-term",
                null), json);
        documents.insertMany(OutboxCollection.SCREENED_OUT, List.of(documents.newDocument("TRAFFY_FONDUE:2019-OLD001",
                "TRAFFY_FONDUE", "2019-OLD001", legacyEvent)));
        mongo.getCollection("outboxPendingTallies").deleteOne(new org.bson.Document("_id", "legacy-keys-copied"));

        ScreenedOutTallies upgraded = new ScreenedOutTallies(documents, mongo, json, clock);

        assertThat(upgraded.seen("TRAFFY_FONDUE:2019-OLD001")).isTrue();
        OutboxStore.Stored repush = upgraded.store(List.of(screened("2019-OLD001", "2019-05")));
        assertThat(repush.duplicates()).containsExactly(0);
        assertThat(repush.batch().events()).isEmpty();
        upgraded.markSent(List.of(repush.batch()));
    }

    private long countOf(OutboxStore.Stored stored) {
        return counts(stored.batch().events()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static ScreenedOutTallies.Screened screened(String ticketId, String month) {
        return new ScreenedOutTallies.Screened("TRAFFY_FONDUE:" + ticketId, Channel.TRAFFY_FONDUE, month);
    }

    private Map<String, Long> counts(List<OutboxEvent> events) {
        Map<String, Long> counts = new HashMap<>();
        for (OutboxEvent event : events) {
            JsonNode tally = json.readTree(event.json());
            counts.merge(tally.get("month").asString(), tally.get("count").asLong(), Long::sum);
        }
        return counts;
    }

    private Map<String, String> idsByMonth(List<OutboxEvent> events) {
        Map<String, String> ids = new HashMap<>();
        for (OutboxEvent event : events) {
            ids.put(json.readTree(event.json()).get("month").asString(), event.eventId().toString());
        }
        return ids;
    }
}
