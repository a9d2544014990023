package th.bma.anticorruption.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

class CaseOpeningIntegrationTest extends CaseTrackingIntegrationTestSupport {

    @Test
    void theFirstRoutingDecisionOpensOneCaseAndRedeliveryOrOlderDecisionsChangeNothing() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        ComplaintRouted initial = routed(complaintId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null);

        publish(Topics.COMPLAINTS_ROUTED, initial);

        JsonNode opened = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        assertThat(opened.path("caseVersion").asLong()).as(opened.toString()).isEqualTo(1);
        assertThat(opened.path("previousState").isNull()).as(opened.toString()).isTrue();
        assertThat(opened.path("state").asString()).as(opened.toString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(opened.path("disposition").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(opened.path("receivedAt").asString()).isEqualTo("2026-08-20T10:21:07+07:00");
        assertThat(opened.path("district").asString()).isEqualTo("ปทุมวัน");
        assertThat(opened.path("destination").path("code").asString()).isEqualTo("WG-3");

        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(
                as(get("/api/cases").param("complaintId", complaintId), PlatformRoles.INTAKE_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1)));
        mvc.perform(as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.complaintId").value(complaintId))
                .andExpect(jsonPath("$.channel").value("HOTLINE_1555"))
                .andExpect(jsonPath("$.receivedAt").value("2026-08-20T10:21:07+07:00"))
                .andExpect(jsonPath("$.lineOfWork").value("CITY_LAW_ENFORCEMENT"))
                .andExpect(jsonPath("$.district").value("ปทุมวัน"))
                .andExpect(jsonPath("$.state").value("FORWARDED_TO_WORKING_GROUP"))
                .andExpect(jsonPath("$.disposition").value("FORWARDED_TO_WORKING_GROUP"))
                .andExpect(jsonPath("$.destination.kind").value("WORKING_GROUP"))
                .andExpect(jsonPath("$.destination.code").value("WG-3"))
                .andExpect(jsonPath("$.destination.nameTh").value("คณะทำงานที่ 3 (เทศกิจ)"))
                .andExpect(jsonPath("$.routing.ruleId").value("CITY-LAW-ENFORCEMENT"))
                .andExpect(jsonPath("$.routing.ruleVersion").value(3))
                .andExpect(jsonPath("$.routing.reasonEn").value("City law enforcement goes to working group 3"))
                .andExpect(jsonPath("$.routing.confidence").value(0.93))
                .andExpect(jsonPath("$.deadline").isEmpty())
                .andExpect(jsonPath("$.timeline[0].event").value("CASE_OPENED"))
                .andExpect(jsonPath("$.timeline[0].at").value("2026-08-20T10:00:00+07:00"));

        publish(Topics.COMPLAINTS_ROUTED, initial);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 3, RoutingKind.REROUTE, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.TRIAGE_RESOLVED, NACC,
                Disposition.REFERRED_TO_NACC, null));
        awaitConsumed(Topics.COMPLAINTS_ROUTED);

        mvc.perform(as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FORWARDED_TO_UNIT"))
                .andExpect(jsonPath("$.destination.code").value("DISTRICT-1007"))
                .andExpect(jsonPath("$.routing.decisionSequence").value(3))
                .andExpect(jsonPath("$.caseVersion").value(2))
                .andExpect(jsonPath("$.timeline.length()").value(2))
                .andExpect(jsonPath("$.timeline[1].event").value("REROUTED"));
        assertThat(statusChanged.records().stream().filter(r -> caseId.equals(r.key()))
                .map(r -> JSON.readTree(r.value()).path("caseVersion").asLong()))
                .containsExactly(1L, 2L);
    }

    @Test
    void anIntakeOfficersLineOfWorkReachesTheCaseAndItsPublishedSnapshotBesideTheSuggestion() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, TRIAGE,
                Disposition.UNDER_VERIFICATION, null, LineOfWork.OTHER, LineOfWork.OTHER));
        JsonNode opened = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        assertThat(opened.path("lineOfWork").asString()).isEqualTo("OTHER");

        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.TRIAGE_RESOLVED, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null, LineOfWork.CITY_LAW_ENFORCEMENT, LineOfWork.OTHER));

        JsonNode resolved = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && v.path("caseVersion").asLong() == 2, WAIT);
        assertThat(resolved.path("lineOfWork").asString()).isEqualTo("CITY_LAW_ENFORCEMENT");
        assertThat(resolved.path("disposition").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        mvc.perform(as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lineOfWork").value("CITY_LAW_ENFORCEMENT"))
                .andExpect(jsonPath("$.suggestedLineOfWork").value("OTHER"))
                .andExpect(jsonPath("$.timeline[1].event").value("LINE_OF_WORK_CHANGED"));
        mvc.perform(as(get("/api/cases").param("lineOfWork", "CITY_LAW_ENFORCEMENT")
                        .param("complaintId", complaintId), PlatformRoles.INTAKE_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void channelStatusUpdatesLandOnTheTimelineOnceEvenWhenTheyArriveBeforeTheCaseOpens() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        ComplaintChannelStatusUpdated early = statusUpdate(complaintId, "inprogress", "กำลังดำเนินการ",
                "2026-08-20T11:00:00+07:00");
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, early);
        awaitConsumed(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED);

        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, statusUpdate(complaintId, "finish", "เสร็จสิ้น",
                "2026-08-21T09:00:00+07:00"));
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, early);
        awaitConsumed(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(
                as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline.length()").value(3))
                .andExpect(jsonPath("$.timeline[0].event").value("CASE_OPENED"))
                .andExpect(jsonPath("$.timeline[1].event").value("CHANNEL_STATUS_INPROGRESS"))
                .andExpect(jsonPath("$.timeline[1].at").value("2026-08-20T11:00:00+07:00"))
                .andExpect(jsonPath("$.timeline[2].event").value("CHANNEL_STATUS_FINISH"))
                .andExpect(jsonPath("$.state").value("FORWARDED_TO_UNIT")));
    }

    private static ComplaintChannelStatusUpdated statusUpdate(String complaintId, String type, String label,
            String at) {
        return new ComplaintChannelStatusUpdated(UUID.randomUUID(), Instant.parse("2026-08-21T02:00:00Z"),
                complaintId, ComplaintChannelStatusUpdated.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, "2026-B9WGC7",
                OffsetDateTime.parse(at), type, label, "ฝ่ายเทศกิจ เขตปทุมวัน", "[masked]", null);
    }

    @Test
    void aDecisionThatCanNeverBeAppliedGoesToTheDeadLetterTopic() throws Exception {
        String complaintId = newComplaintId();
        ComplaintRouted valid = routed(complaintId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null);
        ComplaintRouted withoutDestination = new ComplaintRouted(valid.eventId(), valid.occurredAt(), complaintId,
                valid.schemaVersion(), valid.causationEventId(), 1, RoutingKind.INITIAL, valid.complaint(),
                valid.lineOfWork(), valid.confidence(), valid.disposition(), null, valid.rule(), valid.decidedBy(),
                null, valid.suggestedLineOfWork());

        try (var deadLetters = new th.bma.anticorruption.testkit.TopicReader(
                th.bma.anticorruption.testkit.TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_ROUTED))) {
            publish(Topics.COMPLAINTS_ROUTED, withoutDestination);
            JsonNode dead = deadLetters.awaitValue(v -> complaintId.equals(v.path("complaintId").asString()), WAIT);
            assertThat(dead.path("eventId").asString()).isEqualTo(valid.eventId().toString());
        }
        mvc.perform(as(get("/api/cases").param("complaintId", complaintId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }
}
