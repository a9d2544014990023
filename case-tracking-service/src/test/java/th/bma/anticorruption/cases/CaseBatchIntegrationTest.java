package th.bma.anticorruption.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import th.bma.anticorruption.cases.audit.AuditEntry;
import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.TimelineEntry;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.HeldBatch;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * Case tracking takes routing's decisions a poll at a time: the cases of one poll are opened together (with the
 * statuses that came before them), audited and announced once each; a decision that can never be applied goes alone
 * to the dead-letter topic; a poll delivered again changes nothing; a complaint's decisions in one poll apply in order.
 */
class CaseBatchIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static final String BINDING = "complaintRouted-in-0";

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    CaseStore store;

    @Autowired
    AuditTrail audit;

    @Test
    void theDecisionsOfOneBatchEachOpenACaseAuditedAndAnnouncedOnce() throws Exception {
        clock.set(START);
        List<ComplaintRouted> batch = initialDecisions(30);
        // a status the channel sent before routing decided: it waits for the opening of its case
        String early = batch.get(7).complaintId();
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, channelStatus(early, "inprogress", "กำลังดำเนินการ"));
        awaitConsumed(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED);

        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            batch.forEach(routed -> send(held, routed));
        }

        await().atMost(WAIT).until(() -> batch.stream().map(routed -> caseIdOf(routed.complaintId()))
                .allMatch(caseId -> statusChangedOf(caseId).size() == 1 && store.findById(caseId)
                        .map(c -> c.pendingEvents().isEmpty()).orElse(false)));
        for (ComplaintRouted routed : batch) {
            String caseId = caseIdOf(routed.complaintId());
            assertThat(statusChangedOf(caseId)).hasSize(1);
            JsonNode snapshot = JSON.readTree(statusChangedOf(caseId).get(0).value());
            assertThat(snapshot.path("caseVersion").asLong()).isEqualTo(1);
            assertThat(snapshot.path("state").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
            assertThat(audit.of(caseId)).extracting(AuditEntry::action).containsExactly("CASE_OPENED");
        }
        ComplaintCase withEarlyStatus = store.findById(caseIdOf(early)).orElseThrow();
        assertThat(withEarlyStatus.channelStatus().type()).isEqualTo("inprogress");
        assertThat(withEarlyStatus.timeline()).extracting(TimelineEntry::event).contains("CHANNEL_STATUS_INPROGRESS");
        assertThat(audit.verify().intact()).as("the batch's audit entries are linked into the one chain").isTrue();
    }

    @Test
    void aDecisionThatCanNeverBeAppliedGoesAloneToTheDeadLetterTopicAndTheRestOfItsBatchIsApplied() throws Exception {
        clock.set(START);
        List<ComplaintRouted> before = initialDecisions(3);
        List<ComplaintRouted> after = initialDecisions(3);
        ComplaintRouted valid = initialDecisions(1).get(0);
        ComplaintRouted withoutDestination = new ComplaintRouted(valid.eventId(), valid.occurredAt(),
                valid.complaintId(), valid.schemaVersion(), valid.causationEventId(), 1, RoutingKind.INITIAL,
                valid.complaint(), valid.lineOfWork(), valid.confidence(), valid.disposition(), null, valid.rule(),
                valid.decidedBy(), null, valid.suggestedLineOfWork());

        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_ROUTED))) {
            try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
                before.forEach(routed -> send(held, routed));
                send(held, withoutDestination);
                after.forEach(routed -> send(held, routed));
            }

            List<ComplaintRouted> applicable = new ArrayList<>(before);
            applicable.addAll(after);
            for (ComplaintRouted routed : applicable) {
                await().atMost(WAIT).until(() -> store.findById(caseIdOf(routed.complaintId())).isPresent());
            }
            await().atMost(WAIT).until(() -> deadLetterKeys(deadLetters).contains(valid.complaintId()));
            List<String> applied = applicable.stream().map(ComplaintRouted::complaintId).toList();
            assertThat(deadLetterKeys(deadLetters)).filteredOn(applied::contains).isEmpty();
            assertThat(deadLetterKeys(deadLetters)).filteredOn(valid.complaintId()::equals).hasSize(1);
        }
        awaitConsumed(Topics.COMPLAINTS_ROUTED);
        assertThat(store.findById(caseIdOf(valid.complaintId()))).isEmpty();
    }

    @Test
    void aBatchDeliveredAgainChangesNothing() throws Exception {
        clock.set(START);
        List<ComplaintRouted> batch = initialDecisions(8);
        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            batch.forEach(routed -> send(held, routed));
        }
        await().atMost(WAIT).until(() -> batch.stream()
                .allMatch(routed -> statusChangedOf(caseIdOf(routed.complaintId())).size() == 1));
        awaitConsumed(Topics.COMPLAINTS_ROUTED);
        Map<String, Long> revisions = batch.stream().map(routed -> caseIdOf(routed.complaintId()))
                .collect(Collectors.toMap(caseId -> caseId, caseId -> store.findById(caseId).orElseThrow().revision()));

        clock.set(START.plusSeconds(600));
        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            batch.forEach(routed -> send(held, routed));
        }
        awaitConsumed(Topics.COMPLAINTS_ROUTED);

        for (ComplaintRouted routed : batch) {
            String caseId = caseIdOf(routed.complaintId());
            ComplaintCase c = store.findById(caseId).orElseThrow();
            assertThat(c.revision()).isEqualTo(revisions.get(caseId));
            assertThat(c.caseVersion()).isEqualTo(1);
            assertThat(c.timeline()).extracting(TimelineEntry::event).containsExactly("CASE_OPENED");
            assertThat(audit.of(caseId)).hasSize(1);
            assertThat(statusChangedOf(caseId)).hasSize(1);
        }
    }

    @Test
    void twoDecisionsOfOneComplaintInOneBatchAreAppliedInOrder() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        List<ComplaintRouted> others = initialDecisions(4);

        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            send(held, routed(complaintId, 1, RoutingKind.INITIAL, TRIAGE, Disposition.UNDER_VERIFICATION, null));
            others.forEach(routed -> send(held, routed));
            send(held, routed(complaintId, 2, RoutingKind.TRIAGE_RESOLVED, WG_3,
                    Disposition.FORWARDED_TO_WORKING_GROUP, null));
        }

        await().atMost(WAIT).until(() -> statusChangedOf(caseId).size() == 2);
        assertThat(statusChangedOf(caseId)).extracting(r -> JSON.readTree(r.value()).path("caseVersion").asLong())
                .containsExactly(1L, 2L);
        assertThat(statusChangedOf(caseId)).extracting(r -> JSON.readTree(r.value()).path("disposition").asString())
                .containsExactly("UNDER_VERIFICATION", "FORWARDED_TO_WORKING_GROUP");
        ComplaintCase c = store.findById(caseId).orElseThrow();
        assertThat(c.destination().code()).isEqualTo(WG_3.code());
        assertThat(c.timeline()).extracting(TimelineEntry::event).containsExactly("CASE_OPENED", "TRIAGE_RESOLVED");
        assertThat(audit.of(caseId)).extracting(AuditEntry::action)
                .containsExactly("CASE_OPENED", "ROUTING_TRIAGE_RESOLVED");
        for (ComplaintRouted routed : others) {
            await().atMost(WAIT).until(() -> store.findById(caseIdOf(routed.complaintId())).isPresent());
        }
    }

    private static List<ComplaintRouted> initialDecisions(int count) {
        List<ComplaintRouted> decisions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            decisions.add(routed(newComplaintId(), 1, RoutingKind.INITIAL, WG_3,
                    Disposition.FORWARDED_TO_WORKING_GROUP, null));
        }
        return decisions;
    }

    private static ComplaintChannelStatusUpdated channelStatus(String complaintId, String type, String label) {
        return new ComplaintChannelStatusUpdated(UUID.randomUUID(), Instant.parse("2026-08-20T03:00:00Z"), complaintId,
                ComplaintChannelStatusUpdated.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, "2026-B9WGC7",
                OffsetDateTime.parse("2026-08-20T10:30:00+07:00"), type, label, null, null, null);
    }

    private static void send(HeldBatch held, ComplaintRouted routed) {
        held.send(Topics.COMPLAINTS_ROUTED, routed.complaintId(), JSON.writeValueAsString(routed));
    }

    private static List<ConsumerRecord<String, byte[]>> statusChangedOf(String caseId) {
        return statusChanged.records().stream().filter(r -> caseId.equals(r.key())).toList();
    }

    private static List<String> deadLetterKeys(TopicReader deadLetters) {
        return deadLetters.records().stream().map(ConsumerRecord::key).toList();
    }
}
