package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.statistics.editions.MonthEditions;
import th.bma.anticorruption.statistics.readmodel.MonthEditionStore;
import th.bma.anticorruption.statistics.reference.ReferenceComplaint;
import th.bma.anticorruption.statistics.reference.ReferenceMonths;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as the meeting saw it, and month editions, on the real broker and database. April 2023 is driven as
 * the centre lived it up to the meeting of 21 April 16:00 (the reference month to date), then changed afterwards, each
 * change dated when the platform learned it: on 24 April a complaint is rerouted from a unit to a working group, on 25
 * April another is completed, on 26 April one under verification reaches the internal track and on 28 April the
 * preliminary check finds it not credible; on 3 May one more is triaged to a unit as public works. Asked as of the
 * meeting, the figures and the Thai report are exactly the reference; the live ones have moved on. At the end of
 * April (plus the settling hour, by a clock the test moves) the month's edition is kept once, and the May change
 * stands beside it as corrections.
 * <p>
 * A context of its own (input and output topics, consumer group, database), so that the later changes to April never
 * reach the shared context's reference months.
 */
@PlatformIntegrationTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatisticsHistoryIntegrationTest.SecurityAndMovingClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsHistoryIntegrationTest {

    private static final String CASES = "cases.status-changed.history-test";
    private static final Instant MEETING = StatisticsIntegrationTestSupport.NOW;
    private static final MutableClock CLOCK = new MutableClock(MEETING);
    private static final JsonMapper JSON = StatisticsIntegrationTestSupport.JSON;
    private static final Map<String, CaseStatusChanged> LATEST = new HashMap<>();

    static final String APRIL_AT_THE_MEETING_TH = """
            สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)
            ประจำเดือน เม.ย. 66 (ตั้งแต่วันที่ 1–21 เม.ย. 66)
            รับเรื่องร้องเรียน 16 เรื่อง
            ช่องทาง: Traffy Fondue 10 เรื่อง (โยธา 2 เรื่อง, เทศกิจ 2 เรื่อง, รายได้ 1 เรื่อง, สิ่งแวดล้อม 1 เรื่อง, \
            อื่นๆ 4 เรื่อง) สายด่วนกทม. 1555 4 เรื่อง (โยธา 1 เรื่อง, รายได้ 1 เรื่อง, อื่นๆ 2 เรื่อง) \
            และเว็บไซต์กทม. 2 เรื่อง (อื่นๆ 2 เรื่อง)
            แบ่งเป็น สายงานโยธา 3 เรื่อง สายงานเทศกิจ 2 เรื่อง สายงานรายได้ 2 เรื่อง สายงานสิ่งแวดล้อม 1 เรื่อง \
            และสายงานอื่นๆ 8 เรื่อง
            ผลการดำเนินการ: ส่งต่อให้หน่วยงานดำเนินการ 10 เรื่อง ส่งต่อให้คณะทำงานดำเนินการ 3 เรื่อง \
            อยู่ระหว่างตรวจสอบข้อมูล 3 เรื่อง
            ข้อมูล ณ วันที่ 21 เม.ย. 66 เวลา 16.00 น.
            """;
    static final String APRIL_END_DISPOSITIONS = """
            {"COMPLETED":2,"FORWARDED_TO_UNIT":8,"FORWARDED_TO_WORKING_GROUP":4,"REFERRED_TO_NACC":0,
             "REFERRED_TO_PACC":0,"UNDER_VERIFICATION":2}""";

    private static ReferenceComplaint rerouted;
    private static ReferenceComplaint completed;
    private static ReferenceComplaint dismissed;
    private static ReferenceComplaint triagedInMay;

    @Autowired
    MockMvc mvc;

    @Autowired
    MonthEditions editions;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "statistics-history");
        registry.add("spring.cloud.stream.bindings.countCaseStatus-in-0.destination", () -> CASES);
        registry.add("spring.cloud.stream.bindings.countScreenedOut-in-0.destination",
                () -> "complaints.screened-out.history-test");
        registry.add("spring.cloud.stream.bindings.countScreenedOutTallies-in-0.destination",
                () -> "complaints.screened-out-tallied.history-test");
        registry.add("spring.cloud.stream.bindings.monthlyStatistics-out-0.destination",
                () -> "statistics.monthly.history-test");
        registry.add("statistics.consumer-group", () -> "statistics-history-test");
        registry.add("statistics.publish-interval-ms", () -> "100");
        registry.add("statistics.editions.check-interval-ms", () -> "100");
        registry.add("statistics.editions.first-check-delay-ms", () -> "0");
    }

    @BeforeAll
    static void driveAprilUpToTheMeeting() {
        List<ReferenceComplaint> april = ReferenceMonths.april2023ToDate();
        for (ReferenceComplaint complaint : april) {
            for (CaseStatusChanged snapshot : ReferenceMonths.snapshots(complaint, MEETING)) {
                sendCase(snapshot);
            }
        }
        List<ReferenceComplaint> toUnits = april.stream()
                .filter(c -> c.currentDisposition() == Disposition.FORWARDED_TO_UNIT).toList();
        List<ReferenceComplaint> underVerification = april.stream()
                .filter(c -> c.currentDisposition() == Disposition.UNDER_VERIFICATION).toList();
        rerouted = toUnits.get(0);
        completed = toUnits.get(1);
        dismissed = underVerification.get(0);
        triagedInMay = underVerification.stream()
                .filter(c -> c != dismissed && c.lineOfWork() != LineOfWork.PUBLIC_WORKS).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void askedAsOfTheMeetingTheFiguresAndTheReportAreTheReferenceWhileTheLiveOnesMoveOn() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(monthly(null).path("byDisposition")
                .path("FORWARDED_TO_UNIT").asLong()).isEqualTo(10));
        JsonNode atTheMeeting = monthly(null);
        assertThat(atTheMeeting.path("received").asLong()).isEqualTo(16);
        assertThat(text(get("/api/statistics/monthly/2023-04/report").param("lang", "th")))
                .isEqualTo(APRIL_AT_THE_MEETING_TH);

        CaseDeadline subcommitteeDue = new CaseDeadline("SUBCOMMITTEE_APPOINTMENT",
                OffsetDateTime.parse("2023-05-26T23:59:59+07:00"), DeadlineStatus.OPEN, null);
        change(rerouted, "2023-04-24T10:00:00+07:00", "FORWARDED_TO_WORKING_GROUP",
                Disposition.FORWARDED_TO_WORKING_GROUP, workingGroup3(), null, null);
        sendCase(LATEST.get(rerouted.complaintId()));
        change(completed, "2023-04-25T11:00:00+07:00", "COMPLETED", Disposition.COMPLETED,
                LATEST.get(completed.complaintId()).destination(), null, null);
        change(dismissed, "2023-04-26T09:30:00+07:00", "PRELIMINARY_REVIEW", Disposition.FORWARDED_TO_UNIT,
                internalTrack(), null, subcommitteeDue);
        change(dismissed, "2023-04-28T14:00:00+07:00", "NOT_GROUNDED", Disposition.COMPLETED, internalTrack(),
                null, null);
        CLOCK.set(Instant.parse("2023-04-29T05:00:00Z"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(monthly(null).path("byDisposition"))
                .isEqualTo(JSON.readTree(APRIL_END_DISPOSITIONS)));
        JsonNode live = monthly(null);
        assertThat(live.path("internalTrackOutcomes").path("NOT_CREDIBLE").asLong()).isEqualTo(1);
        assertThat(live.path("received").asLong()).isEqualTo(16);

        // As of the meeting: every figure exactly as it was read then.
        assertThat(monthly("2023-04-21T16:00:00+07:00")).isEqualTo(atTheMeeting);
        assertThat(text(get("/api/statistics/monthly/2023-04/report").param("lang", "th")
                .param("asOf", "2023-04-21T16:00:00+07:00"))).isEqualTo(APRIL_AT_THE_MEETING_TH);
        JsonNode endOfTheMeetingDay = monthly("2023-04-21");
        assertThat(endOfTheMeetingDay.path("asOf").asString()).isEqualTo("2023-04-21T23:59:59.999+07:00");
        assertThat(endOfTheMeetingDay.path("byDisposition")).isEqualTo(atTheMeeting.path("byDisposition"));
        assertThat(endOfTheMeetingDay.path("internalTrackOutcomes").path("NOT_CREDIBLE").asLong()).isZero();
        assertThat(text(get("/api/statistics/monthly/2023-04.csv").param("asOf", "2023-04-21")))
                .contains("2023-04,received,,,16\r\n", "2023-04,byDisposition,FORWARDED_TO_UNIT,,10\r\n");

        // A moment before the reroute shows the disposition before it; a moment after, the one after.
        assertThat(monthly("2023-04-24T09:59:59+07:00").path("byDisposition").path("FORWARDED_TO_WORKING_GROUP")
                .asLong()).isEqualTo(3);
        assertThat(monthly("2023-04-24T10:00:00+07:00").path("byDisposition").path("FORWARDED_TO_WORKING_GROUP")
                .asLong()).isEqualTo(4);
        // While on the internal track the subcommittee deadline was open; dismissed, it is owed no more.
        assertThat(monthly("2023-04-27").path("deadlines").path("open").asLong()).isEqualTo(1);
        assertThat(live.path("deadlines").path("open").asLong()).isZero();

        String liveReport = text(get("/api/statistics/monthly/2023-04/report").param("lang", "th"));
        assertThat(liveReport).contains("ประจำเดือน เม.ย. 66 (ตั้งแต่วันที่ 1–29 เม.ย. 66)\n",
                "ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 2 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 8 เรื่อง "
                        + "ส่งต่อให้คณะทำงานดำเนินการ 4 เรื่อง อยู่ระหว่างตรวจสอบข้อมูล 2 เรื่อง\n")
                .endsWith("""

                        ส่วนเพิ่มเติม (นอกเหนือจากรายงานของศูนย์ฯ)
                        - ผลของเรื่องที่สำนักงาน ก.ก. ตรวจสอบและยุติแล้ว: ข้อมูลไม่น่าเชื่อถือ 1 เรื่อง
                        """);
    }

    @Test
    @Order(2)
    void asOfMustBeAnInstantOrADateNotLaterThanNowNorBeforeTheMonth() throws Exception {
        for (String[] refused : List.of(new String[] {"21 April 2023", "iso-8601"},
                new String[] {"2023-04-21T16:00:00", "iso-8601"},
                new String[] {"2099-01-01", "not-future"},
                new String[] {"2023-03-31T23:59:59+07:00", "not-before-month"})) {
            mvc.perform(get("/api/statistics/monthly/2023-04").param("asOf", refused[0])
                            .header("Authorization", StatisticsIntegrationTestSupport.dashboardToken()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("asOf"))
                    .andExpect(jsonPath("$.violations[0].rule").value(refused[1]));
        }
        mvc.perform(get("/api/statistics/monthly/2023-04/report").param("asOf", "yesterday")
                        .header("Authorization", StatisticsIntegrationTestSupport.dashboardToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("iso-8601"));
    }

    @Test
    @Order(3)
    void theMonthEndEditionIsKeptOnceAndLaterChangesStandBesideItAsCorrections() throws Exception {
        // Half an hour after April ended, the settling hour has not passed: no edition yet.
        CLOCK.set(Instant.parse("2023-04-30T17:30:00Z"));
        assertThat(editions.takeDueEditions()).isEmpty();
        assertThat(JSON.readTree(text(get("/api/statistics/monthly/2023-04/editions")))).isEmpty();

        CLOCK.set(Instant.parse("2023-04-30T18:05:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(JSON.readTree(text(get("/api/statistics/monthly/2023-04/editions")))).hasSize(1));
        JsonNode listed = JSON.readTree(text(get("/api/statistics/monthly/2023-04/editions"))).get(0);
        assertThat(listed.path("edition").asInt()).isEqualTo(1);
        assertThat(listed.path("asOf").asString()).isEqualTo("2023-04-30T23:59:59.999+07:00");
        assertThat(listed.path("received").asLong()).isEqualTo(16);
        // Kept once: the schedule again, a restart or a second instance keeps nothing more.
        assertThat(editions.takeDueEditions()).isEmpty();
        assertThat(new MonthEditionStore(mongo, json).keep(editions.edition(YearMonth.of(2023, 4), 1).orElseThrow()))
                .isFalse();
        // The service's first check (the clock then stood at the meeting) kept the month just ended: March.
        assertThat(JSON.readTree(text(get("/api/statistics/monthly/2023-03/editions")))).hasSize(1);

        JsonNode kept = JSON.readTree(text(get("/api/statistics/monthly/2023-04/editions/1")));
        assertThat(kept.path("figures").path("byDisposition")).isEqualTo(JSON.readTree(APRIL_END_DISPOSITIONS));
        assertThat(kept.path("corrections").propertyNames()).containsExactly("asOf", "received", "byChannel",
                "byLineOfWork", "byChannelAndLineOfWork", "byDisposition", "byDistrict", "deadlines",
                "screenedOutByChannel", "internalTrackOutcomes", "screenedOutByCategory");
        assertThat(kept.path("corrections").path("received").asLong()).isZero();
        assertThat(kept.path("corrections").path("byDisposition")).isEmpty();

        CLOCK.set(Instant.parse("2023-05-03T03:00:00Z"));
        LineOfWork before = triagedInMay.lineOfWork();
        change(triagedInMay, "2023-05-03T10:00:00+07:00", "FORWARDED_TO_UNIT", Disposition.FORWARDED_TO_UNIT,
                LATEST.get(completed.complaintId()).destination(), LineOfWork.PUBLIC_WORKS, null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(JSON.readTree(text(
                        get("/api/statistics/monthly/2023-04/editions/1"))).path("corrections").path("byDisposition"))
                .isEqualTo(JSON.readTree("{\"FORWARDED_TO_UNIT\":1,\"UNDER_VERIFICATION\":-1}")));
        JsonNode corrected = JSON.readTree(text(get("/api/statistics/monthly/2023-04/editions/1")));
        assertThat(corrected.path("figures")).isEqualTo(kept.path("figures"));
        assertThat(corrected.path("corrections").path("asOf").asString()).isEqualTo("2023-05-03T10:00:00+07:00");
        assertThat(corrected.path("corrections").path("received").asLong()).isZero();
        assertThat(corrected.path("corrections").path("byLineOfWork")).isEqualTo(JSON.readTree(
                "{\"PUBLIC_WORKS\":1,\"" + before.name() + "\":-1}"));

        String report = text(get("/api/statistics/monthly/2023-04/editions/1/report").param("lang", "th"));
        assertThat(report).startsWith("""
                สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)
                ประจำเดือน เม.ย. 66
                รับเรื่องร้องเรียน 16 เรื่อง
                """).contains("""
                ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 2 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 8 เรื่อง \
                ส่งต่อให้คณะทำงานดำเนินการ 4 เรื่อง อยู่ระหว่างตรวจสอบข้อมูล 2 เรื่อง
                ข้อมูล ณ วันที่ 30 เม.ย. 66 เวลา 23.59 น.

                ส่วนเพิ่มเติม (นอกเหนือจากรายงานของศูนย์ฯ)
                - ผลของเรื่องที่สำนักงาน ก.ก. ตรวจสอบและยุติแล้ว: ข้อมูลไม่น่าเชื่อถือ 1 เรื่อง

                การแก้ไขหลังจัดทำฉบับนี้ (ข้อมูล ณ วันที่ 3 พ.ค. 66 เวลา 10.00 น.)
                """).contains("- ผลการดำเนินการ: ส่งต่อให้หน่วยงานดำเนินการ +1 เรื่อง, อยู่ระหว่างตรวจสอบข้อมูล -1 เรื่อง\n");

        mvc.perform(get("/api/statistics/monthly/2023-04/editions/2")
                        .header("Authorization", StatisticsIntegrationTestSupport.dashboardToken()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/statistics/monthly/2023-04/editions/first")
                        .header("Authorization", StatisticsIntegrationTestSupport.dashboardToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("edition"));
    }

    /** Case tracking's next snapshot of a complaint, dated when the platform learned the change. */
    private static void change(ReferenceComplaint complaint, String at, String state, Disposition disposition,
            Destination destination, LineOfWork lineOfWork, CaseDeadline deadline) {
        CaseStatusChanged last = LATEST.get(complaint.complaintId());
        CaseStatusChanged next = new CaseStatusChanged(UUID.randomUUID(), OffsetDateTime.parse(at).toInstant(),
                last.caseId(), CaseStatusChanged.SCHEMA_VERSION, last.caseVersion() + 1, last.complaintId(),
                last.channel(), last.receivedAt(), last.district(), lineOfWork == null ? last.lineOfWork() : lineOfWork,
                last.state(), state, disposition, destination, deadline, false, null);
        sendCase(next);
    }

    private static void sendCase(CaseStatusChanged snapshot) {
        LATEST.merge(snapshot.complaintId(), snapshot, (kept, next) ->
                next.caseVersion() > kept.caseVersion() ? next : kept);
        StatisticsIntegrationTestSupport.send(CASES, snapshot);
    }

    private static Destination workingGroup3() {
        return new Destination(DestinationKind.WORKING_GROUP, "WG-3", "คณะทำงานด้านงานเทศกิจ",
                "Working group 3: city law enforcement");
    }

    private static Destination internalTrack() {
        return new Destination(DestinationKind.INTERNAL_TRACK, "CSC-OFFICE", "สำนักงาน ก.ก.",
                "Office of the BMA Civil Service Commission");
    }

    private JsonNode monthly(String asOf) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/statistics/monthly/2023-04");
        return JSON.readTree(text(asOf == null ? request : request.param("asOf", asOf)));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.header("Authorization", StatisticsIntegrationTestSupport.dashboardToken()))
                .andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SecurityAndMovingClock {

        @Bean
        JwtDecoder jwtDecoder() {
            return StatisticsIntegrationTestSupport.testJwtDecoder();
        }

        @Bean
        @Primary
        Clock clock() {
            return CLOCK;
        }
    }
}
