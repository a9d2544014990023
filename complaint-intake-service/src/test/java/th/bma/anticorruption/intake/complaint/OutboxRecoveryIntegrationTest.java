package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * What a crash in the middle of a batch of outbox records leaves behind, and how the relay finishes it: the batch was
 * registered as pending and its records inserted, but the process died before the events were sent. (The records
 * here are screened-out records kept one document each, as they were before keys were kept per batch; complaints go
 * the same way.)
 */
class OutboxRecoveryIntegrationTest extends IntakeIntegrationTestSupport {

    @Autowired
    private OutboxSender sender;

    @Autowired
    private OutboxDocuments documents;

    @Autowired
    private PendingEvents pending;

    @Autowired
    private JsonMapper json;

    @Test
    void aBatchCutOffBeforeItsEventsWereSentIsRepublishedWithTheStoredEventIdsButNotItsDuplicates() {
        Outbox<Document> outbox = new Outbox<>("records", new OutboxRecords(OutboxCollection.SCREENED_OUT, documents,
                pending), sender, clock);
        ComplaintScreenedOut earlier = screenedOut("2025-RCVR01");
        assertThat(outbox.storeAndSend(List.of(document(earlier))).duplicates())
                .isEmpty();
        assertThat(pending.count()).as("a batch whose events were acknowledged is no longer pending").isZero();

        ComplaintScreenedOut again = screenedOut("2025-RCVR01");
        ComplaintScreenedOut fresh = screenedOut("2025-RCVR02");
        List<Document> batch = List.of(document(again), document(fresh));
        pending.open(OutboxCollection.SCREENED_OUT, List.of(new PendingEvents.Entry(again.screeningId(), again.eventId().toString()),
                new PendingEvents.Entry(fresh.screeningId(), fresh.eventId().toString())));
        assertThat(documents.insertMany(OutboxCollection.SCREENED_OUT, batch)).containsExactly(0);
        // ... and here the process died.

        assertThat(outbox.relay(Duration.ofSeconds(10), 100)).as("still within the grace period").isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(outbox.relay(Duration.ofSeconds(10), 100))
                .as("only the record this batch stored, not the duplicate stored earlier by another batch").isEqualTo(1);
        assertThat(pending.count()).isZero();

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_SCREENED_OUT)) {
            JsonNode relayed = reader.awaitValue(v -> v.get("channelRecordId").asString().equals("2025-RCVR02"),
                    Duration.ofSeconds(30));
            assertThat(relayed.get("eventId").asString()).isEqualTo(fresh.eventId().toString());
            JsonNode first = reader.awaitValue(v -> v.get("channelRecordId").asString().equals("2025-RCVR01"),
                    Duration.ofSeconds(30));
            assertThat(first.get("eventId").asString()).isEqualTo(earlier.eventId().toString());
        }
    }

    private ComplaintScreenedOut screenedOut(String ticketId) {
        return new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(), "TRAFFY_FONDUE:" + ticketId,
                ComplaintScreenedOut.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, ticketId,
                OffsetDateTime.parse("2025-03-01T08:00:00+07:00"), "no-term", null);
    }

    private OutboxEvent serialized(ComplaintScreenedOut event) {
        return OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT, event, json);
    }

    private Document document(ComplaintScreenedOut event) {
        return documents.newDocument(event.screeningId(), event.channel().name(), event.channelRecordId(), serialized(event));
    }
}
