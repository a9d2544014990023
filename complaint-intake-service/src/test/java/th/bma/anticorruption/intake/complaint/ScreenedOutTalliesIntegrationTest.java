package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;
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
