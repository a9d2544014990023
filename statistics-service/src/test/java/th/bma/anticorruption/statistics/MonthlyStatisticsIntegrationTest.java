package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The live rollup on the real broker and database: snapshots and screened-out records go in over Kafka, figures
 * come out of the API and the compacted topic; redelivered and reordered snapshots change nothing; an officer's
 * corrected line of work moves the complaint. Uses May to August 2022 only.
 */
class MonthlyStatisticsIntegrationTest extends StatisticsIntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    private static final String JUNE = "2022-06";

    @Test
    void countsEachComplaintOnceUnderItsLatestSnapshotAndPublishesTheMonth() throws Exception {
        OffsetDateTime june10 = OffsetDateTime.parse("2022-06-10T10:21:07+07:00");
        CaseStatusChanged a1 = snapshot("A", 1, Channel.TRAFFY_FONDUE, june10, "ปทุมวัน", LineOfWork.PUBLIC_WORKS,
                Disposition.UNDER_VERIFICATION, null);
        CaseStatusChanged a2 = snapshot("A", 2, Channel.TRAFFY_FONDUE, june10, "ปทุมวัน", LineOfWork.PUBLIC_WORKS,
                Disposition.FORWARDED_TO_UNIT, deadline(DeadlineStatus.OPEN, "2022-07-10T23:59:59+07:00", null));
        CaseStatusChanged a3 = snapshot("A", 3, Channel.TRAFFY_FONDUE, june10, "ปทุมวัน", LineOfWork.PUBLIC_WORKS,
                Disposition.COMPLETED, deadline(DeadlineStatus.MET, "2022-07-10T23:59:59+07:00",
                        "2022-06-20T11:00:00+07:00"));
        // Received at 23:30 on 30 June Bangkok time: June, although the platform got it in July.
        CaseStatusChanged b1 = snapshot("B", 1, Channel.HOTLINE_1555,
                OffsetDateTime.parse("2022-06-30T16:30:00Z"), "บางรัก", LineOfWork.CITY_LAW_ENFORCEMENT,
                Disposition.FORWARDED_TO_WORKING_GROUP,
                deadline(DeadlineStatus.OPEN, "2023-04-25T23:59:59+07:00", null));
        // Received at 00:30 on 1 July Bangkok time (still 30 June in UTC): July.
        CaseStatusChanged c1 = snapshot("C", 1, Channel.LETTER, OffsetDateTime.parse("2022-06-30T17:30:00Z"), null,
                LineOfWork.REVENUE, Disposition.REFERRED_TO_NACC,
                deadline(DeadlineStatus.BREACHED, "2022-07-30T23:59:59+07:00", null));
        for (CaseStatusChanged event : List.of(a1, a2, a3, b1, c1)) {
            sendCase(event);
        }
        send(Topics.COMPLAINTS_SCREENED_OUT, screenedOut("2022-N1", "2022-06-03T09:00:00+07:00"));
        send(Topics.COMPLAINTS_SCREENED_OUT, screenedOut("2022-N2", "2022-06-04T09:00:00+07:00"));
        send(Topics.COMPLAINTS_SCREENED_OUT, screenedOut("2022-N1", "2022-06-03T09:00:00+07:00"));
        // 1555 calls outside scope: counted by the operator's category too, a redelivered call once, a call without
        // a category only per channel.
        send(Topics.COMPLAINTS_SCREENED_OUT, hotlineScreenedOut("1555-R1", "2022-06-05T09:00:00+07:00", "ถนน"));
        send(Topics.COMPLAINTS_SCREENED_OUT, hotlineScreenedOut("1555-R2", "2022-06-06T09:00:00+07:00", "ถนน"));
        send(Topics.COMPLAINTS_SCREENED_OUT, hotlineScreenedOut("1555-F1", "2022-06-06T10:00:00+07:00", "น้ำท่วม"));
        send(Topics.COMPLAINTS_SCREENED_OUT, hotlineScreenedOut("1555-X1", "2022-06-07T10:00:00+07:00", null));
        send(Topics.COMPLAINTS_SCREENED_OUT, hotlineScreenedOut("1555-R1", "2022-06-05T09:00:00+07:00", "ถนน"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/statistics/monthly/" + JUNE)
                        .header("Authorization", dashboardToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.byDisposition.COMPLETED").value(1))
                .andExpect(jsonPath("$.screenedOutByChannel.TRAFFY_FONDUE").value(2))
                .andExpect(jsonPath("$.screenedOutByChannel.HOTLINE_1555").value(4)));

        double ignoredBefore = meters.counter("statistics.case.snapshots", "outcome", "ignored").count();
        // Redelivered (a3) and older snapshots after newer ones (a1, a2), then a real change to the same case.
        for (CaseStatusChanged event : List.of(a3, a1, a2, a3)) {
            sendCase(event);
        }
        sendCase(snapshot("A", 4, Channel.TRAFFY_FONDUE, june10, "บางรัก", LineOfWork.PUBLIC_WORKS,
                Disposition.COMPLETED, a3.deadline()));

        String expected = """
                {"month":"2022-06","asOf":"2023-04-21T16:00:00+07:00","received":2,
                 "byChannel":{"TRAFFY_FONDUE":1,"HOTLINE_1555":1},
                 "byLineOfWork":{"PUBLIC_WORKS":1,"CITY_LAW_ENFORCEMENT":1,"REVENUE":0,"ENVIRONMENT":0,"OTHER":0},
                 "byChannelAndLineOfWork":{
                   "TRAFFY_FONDUE":{"PUBLIC_WORKS":1,"CITY_LAW_ENFORCEMENT":0,"REVENUE":0,"ENVIRONMENT":0,"OTHER":0},
                   "HOTLINE_1555":{"PUBLIC_WORKS":0,"CITY_LAW_ENFORCEMENT":1,"REVENUE":0,"ENVIRONMENT":0,"OTHER":0}},
                 "byDisposition":{"COMPLETED":1,"FORWARDED_TO_UNIT":0,"FORWARDED_TO_WORKING_GROUP":1,
                   "REFERRED_TO_NACC":0,"REFERRED_TO_PACC":0,"UNDER_VERIFICATION":0},
                 "byDistrict":{"บางรัก":2},
                 "deadlines":{"open":1,"dueWithin7Days":1,"breached":0,"metOnTime":1},
                 "screenedOutByChannel":{"TRAFFY_FONDUE":2,"HOTLINE_1555":4},
                 "internalTrackOutcomes":{"NOT_CREDIBLE":0,"NOT_GROUNDED":0,"DISCIPLINARY_INQUIRY":0,
                   "CRIMINAL_REFERRAL_NACC":0,"CRIMINAL_REFERRAL_PACC":0,"CRIMINAL_REFERRAL_POLICE":0,
                   "ADMINISTRATIVE_MEASURE":0,"NO_ACTION":0,"OUTCOME_NOT_RECORDED":0},
                 "screenedOutByCategory":{"HOTLINE_1555":{"ถนน":2,"น้ำท่วม":1}}}""";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(
                mvc.perform(get("/api/statistics/monthly/" + JUNE).header("Authorization", dashboardToken()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
                .isEqualTo(JSON.readTree(expected)));

        assertThat(meters.counter("statistics.case.snapshots", "outcome", "ignored").count() - ignoredBefore)
                .as("stale snapshots ignored").isGreaterThanOrEqualTo(4);

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.STATISTICS_MONTHLY)) {
            reader.awaitValue(v -> JUNE.equals(v.path("month").asString())
                    && v.path("byDistrict").path("บางรัก").asLong() == 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> june = reader.records().stream()
                    .filter(r -> JUNE.equals(r.key())).toList();
            assertThat(june).isNotEmpty();
            JsonNode latest = JSON.readTree(june.get(june.size() - 1).value());
            assertThat(latest).isEqualTo(JSON.readTree(expected));
            // No published value ever counted the complaint twice or under an older disposition after COMPLETED.
            assertThat(june).allSatisfy(r -> assertThat(JSON.readTree(r.value()).path("received").asLong())
                    .isLessThanOrEqualTo(2));
            assertThat(june.stream().map(r -> JSON.readTree(r.value()).path("byDisposition"))
                    .dropWhile(d -> d.path("COMPLETED").asLong() == 0))
                    .allSatisfy(d -> assertThat(d.path("COMPLETED").asLong()).isEqualTo(1));
            reader.awaitValue(v -> "2022-07".equals(v.path("month").asString())
                    && v.path("received").asLong() == 1
                    && v.path("byDisposition").path("REFERRED_TO_NACC").asLong() == 1
                    && v.path("deadlines").path("breached").asLong() == 1
                    && v.path("byDistrict").path("ไม่ระบุ").asLong() == 1, Duration.ofSeconds(30));
        }
    }

    @Test
    void anOfficersCorrectionOfTheLineOfWorkMovesTheComplaintInItsMonthsFigures() throws Exception {
        OffsetDateTime may3 = OffsetDateTime.parse("2022-05-03T14:05:00+07:00");
        CaseStatusChanged suggested = snapshot("E", 1, Channel.TRAFFY_FONDUE, may3, "สาทร", LineOfWork.OTHER,
                Disposition.UNDER_VERIFICATION, null);
        CaseStatusChanged corrected = snapshot("E", 2, Channel.TRAFFY_FONDUE, may3, "สาทร",
                LineOfWork.CITY_LAW_ENFORCEMENT, Disposition.FORWARDED_TO_WORKING_GROUP, null);
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.STATISTICS_MONTHLY)) {
            sendCase(suggested);
            reader.awaitValue(v -> "2022-05".equals(v.path("month").asString())
                    && v.path("byLineOfWork").path("OTHER").asLong() == 1, Duration.ofSeconds(30));
            sendCase(corrected);
            sendCase(suggested);

            JsonNode published = reader.awaitValue(v -> "2022-05".equals(v.path("month").asString())
                    && v.path("byLineOfWork").path("CITY_LAW_ENFORCEMENT").asLong() == 1, Duration.ofSeconds(30));
            assertThat(published.path("received").asLong()).isEqualTo(1);
            assertThat(published.path("byLineOfWork").path("OTHER").asLong()).isZero();
            assertThat(published.path("byChannelAndLineOfWork").path("TRAFFY_FONDUE").path("CITY_LAW_ENFORCEMENT")
                    .asLong()).isEqualTo(1);
            assertThat(published.path("byDisposition").path("FORWARDED_TO_WORKING_GROUP").asLong()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/statistics/monthly/2022-05")
                        .header("Authorization", dashboardToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byLineOfWork.CITY_LAW_ENFORCEMENT").value(1))
                .andExpect(jsonPath("$.byLineOfWork.OTHER").value(0))
                .andExpect(jsonPath("$.byChannelAndLineOfWork.TRAFFY_FONDUE.OTHER").value(0))
                .andExpect(jsonPath("$.byDisposition.UNDER_VERIFICATION").value(0)));
    }

    @Test
    void theMonthlyTopicIsCompacted() throws Exception {
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.STATISTICS_MONTHLY)) {
            sendCase(snapshot("D", 1, Channel.WEBSITE, OffsetDateTime.parse("2022-08-02T10:00:00+07:00"), "สาทร",
                    LineOfWork.ENVIRONMENT, Disposition.UNDER_VERIFICATION, null));
            reader.awaitValue(v -> "2022-08".equals(v.path("month").asString()), Duration.ofSeconds(30));
        }
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.STATISTICS_MONTHLY);
            String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value();
            assertThat(policy).isEqualTo("compact");
        }
    }

    @Test
    void readersNeedAStatisticsRoleAndAValidPastOrCurrentMonth() throws Exception {
        mvc.perform(get("/api/statistics/monthly/2022-06")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/statistics/monthly/2022-06")
                        .header("Authorization", "Bearer " + TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/statistics/monthly/2022-06")
                        .header("Authorization", "Bearer " + TOKENS.scopedToken("pathumwan-officer", "UNIT_OFFICER",
                                "DISTRICT-1007")))
                .andExpect(status().isOk());
        for (String bad : List.of("2022-13", "2022-6", "June-2022")) {
            mvc.perform(get("/api/statistics/monthly/" + bad).header("Authorization", dashboardToken()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("month"))
                    .andExpect(jsonPath("$.violations[0].rule").value("yyyy-MM"));
        }
        mvc.perform(get("/api/statistics/monthly/2023-05").header("Authorization", dashboardToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("not-future"));
    }

    @Test
    void anEventThatCanNeverBeCountedGoesToItsDeadLetterTopic() throws Exception {
        CaseStatusChanged withoutChannel = snapshot("BROKEN", 1, null,
                OffsetDateTime.parse("2022-10-03T10:00:00+07:00"), "ปทุมวัน", LineOfWork.OTHER,
                Disposition.UNDER_VERIFICATION, null);
        sendCase(withoutChannel);
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.CASES_STATUS_CHANGED))) {
            reader.awaitValue(v -> "IT-BROKEN".equals(v.path("complaintId").asString()), Duration.ofSeconds(60));
        }
        producerSendRaw(Topics.COMPLAINTS_SCREENED_OUT, "TRAFFY_FONDUE:garbage", "this is not JSON");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_SCREENED_OUT))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().stream()
                    .anyMatch(r -> "this is not JSON".equals(TopicReader.text(r))));
        }
        mvc.perform(get("/api/statistics/monthly/2022-10").header("Authorization", dashboardToken()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(0));
    }

    @Test
    void healthIsUpOnTheEmbeddedDatabaseWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    static CaseStatusChanged snapshot(String caseKey, long version, Channel channel, OffsetDateTime receivedAt,
            String district, LineOfWork line, Disposition disposition, CaseDeadline deadline) {
        String complaintId = "IT-" + caseKey;
        return new CaseStatusChanged(UUID.randomUUID(), Instant.parse("2022-07-01T00:00:00Z").plusSeconds(version),
                "CASE-" + complaintId, CaseStatusChanged.SCHEMA_VERSION, version, complaintId, channel, receivedAt,
                district, line, version == 1 ? null : "OPEN", "OPEN", disposition, null, deadline, false, null);
    }

    static CaseDeadline deadline(DeadlineStatus status, String dueAt, String metAt) {
        return new CaseDeadline("SUBCOMMITTEE_APPOINTMENT", OffsetDateTime.parse(dueAt), status,
                metAt == null ? null : OffsetDateTime.parse(metAt));
    }

    static ComplaintScreenedOut screenedOut(String ticketId, String receivedAt) {
        return new ComplaintScreenedOut(UUID.randomUUID(), Instant.parse("2022-07-01T00:00:00Z"),
                "TRAFFY_FONDUE:" + ticketId, ComplaintScreenedOut.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, ticketId,
                OffsetDateTime.parse(receivedAt), "not about corruption", null);
    }

    static ComplaintScreenedOut hotlineScreenedOut(String callId, String receivedAt, String category) {
        return new ComplaintScreenedOut(UUID.randomUUID(), Instant.parse("2022-07-01T00:00:00Z"),
                "HOTLINE_1555:" + callId, ComplaintScreenedOut.SCHEMA_VERSION, Channel.HOTLINE_1555, callId,
                OffsetDateTime.parse(receivedAt), "not about corruption", category);
    }
}
