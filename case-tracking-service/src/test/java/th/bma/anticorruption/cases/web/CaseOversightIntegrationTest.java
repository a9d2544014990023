package th.bma.anticorruption.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.cases.deadline.DeadlineWatch;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The centre's oversight over HTTP: the director's follow-up list until the director answers, and the units'
 * progress reports by the 20th, per unit, each unit seeing its own row. Each test uses units of its own, since the
 * store is shared with the other integration tests.
 */
class CaseOversightIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static TopicReader dueReminders;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void openReader() {
        dueReminders = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CASES_PROGRESS_REPORT_DUE);
    }

    @AfterAll
    static void closeReader() {
        dueReminders.close();
    }

    private static Destination aUnit(String nameTh) {
        String code = "DISTRICT-T" + UUID.randomUUID().toString().substring(0, 8);
        return new Destination(DestinationKind.UNIT, code, nameTh, "Test district office " + code);
    }

    private String open(Destination destination, Disposition disposition) throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, destination, disposition, null));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        return caseId;
    }

    private void checkAt(String bangkokTime) {
        clock.set(bangkok(bangkokTime));
        watch.check();
    }

    private ResultActions reportAs(Destination unit, String caseId, String note) throws Exception {
        return mvc.perform(as(post("/api/cases/{id}/progress", caseId), "officer-of-" + unit.code(),
                PlatformRoles.UNIT_OFFICER, unit.code()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"" + note + "\"}")).andExpect(status().isOk());
    }

    private ResultActions progressAs(Destination unit, String month) throws Exception {
        return mvc.perform(as(get("/api/cases/progress").param("month", month), "officer-of-" + unit.code(),
                PlatformRoles.UNIT_OFFICER, unit.code()));
    }

    private static String row(Destination unit) {
        return "$[?(@.code == '" + unit.code() + "')]";
    }

    @Test
    void aBreachedCaseIsOnTheDirectorsFollowUpListUntilTheDirectorRecordsWhatWasDone() throws Exception {
        String caseId = open(INTERNAL, Disposition.FORWARDED_TO_UNIT);
        checkAt("2026-09-20T00:00:00"); // due 2026-09-19 23:59:59

        mvc.perform(as(get("/api/cases/follow-up").param("size", "100"), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.caseId == '" + caseId + "')].followUp.reasons[0]")
                        .value("DEADLINE_BREACHED"))
                .andExpect(jsonPath("$.items[?(@.caseId == '" + caseId + "')].followUp.since")
                        .value("2026-09-20T00:00:00+07:00"));
        mvc.perform(as(get("/api/cases/follow-up"), PlatformRoles.INVESTIGATOR)).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases/follow-up").param("size", "100"), "wg-enforcement-officer",
                PlatformRoles.UNIT_OFFICER, "WG-3")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId", not(hasItem(caseId))));
        mvc.perform(as(post("/api/cases/{id}/actions/record-follow-up", caseId), PlatformRoles.INVESTIGATOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"รับทราบ\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/cases/{id}/actions/record-follow-up", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].field").value("note"));

        mvc.perform(as(post("/api/cases/{id}/actions/record-follow-up", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"สั่งการให้สำนักงาน ก.ก. เสนอแต่งตั้งคณะอนุกรรมการภายใน 7 วัน\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUp").doesNotExist())
                .andExpect(jsonPath("$.followUps[0].reasons[0]").value("DEADLINE_BREACHED"))
                .andExpect(jsonPath("$.followUps[0].recordedBy").value("director"));
        mvc.perform(as(get("/api/cases/follow-up").param("size", "100"), PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.items[*].caseId", not(hasItem(caseId))));
        mvc.perform(as(post("/api/cases/{id}/actions/record-follow-up", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"อีกครั้ง\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aStaleCaseIsOnItsUnitsPartOfTheListToo() throws Exception {
        Destination unit = aUnit("สำนักงานเขตทดสอบหนึ่ง");
        String caseId = open(unit, Disposition.FORWARDED_TO_UNIT);
        checkAt("2026-10-04T10:00:00"); // 45 days without activity

        mvc.perform(as(get("/api/cases/follow-up"), "officer-of-" + unit.code(), PlatformRoles.UNIT_OFFICER,
                unit.code())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value(caseId))
                .andExpect(jsonPath("$.items[0].followUp.reasons[0]").value("STALE"));
    }

    @Test
    void eachUnitSeesWhichOfItsCasesOweTheMonthsReportAndTheDirectorSeesEveryUnit() throws Exception {
        Destination pathumWanLike = aUnit("สำนักงานเขตทดสอบสอง");
        Destination other = aUnit("สำนักงานเขตทดสอบสาม");
        String reported = open(pathumWanLike, Disposition.FORWARDED_TO_UNIT);
        String notReported = open(pathumWanLike, Disposition.FORWARDED_TO_UNIT);
        String otherCase = open(other, Disposition.FORWARDED_TO_UNIT);

        clock.set(bangkok("2026-09-10T10:00:00"));
        reportAs(pathumWanLike, reported, "สอบข้อเท็จจริงผู้ค้าแล้ว ๓ ราย");
        checkAt("2026-09-15T00:00:00"); // the reminder, 5 days before the 20th, to those who have not reported

        progressAs(pathumWanLike, "2026-09").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(pathumWanLike.code()))
                .andExpect(jsonPath("$[0].nameTh").value("สำนักงานเขตทดสอบสอง"))
                .andExpect(jsonPath("$[0].held").value(2))
                .andExpect(jsonPath("$[0].onTime").value(1))
                .andExpect(jsonPath("$[0].late").value(0))
                .andExpect(jsonPath("$[0].missing", contains(notReported)))
                .andExpect(jsonPath("$[0].withoutProgress").isEmpty());
        mvc.perform(as(get("/api/cases/progress").param("month", "2026-09"), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath(row(other) + ".held").value(1))
                .andExpect(jsonPath(row(other) + ".missing[0]").value(otherCase))
                .andExpect(jsonPath(row(pathumWanLike) + ".held").value(2));
        mvc.perform(as(get("/api/cases/progress").param("month", "2026-09"), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk()).andExpect(jsonPath(row(other) + ".held").value(1));
        mvc.perform(as(get("/api/cases/progress").param("month", "2026-09"), PlatformRoles.INTAKE_OFFICER))
                .andExpect(status().isForbidden());
        progressAs(pathumWanLike, "2026-13").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("month"));

        Awaitility.await().atMost(WAIT).until(() -> remindersOf(notReported).size() == 1);
        JsonNode reminder = remindersOf(notReported).get(0);
        assertThat(reminder.path("reportMonth").asString()).isEqualTo("2026-09");
        assertThat(reminder.path("dueDate").asString()).isEqualTo("2026-09-20");
        assertThat(reminder.path("daysLeft").asInt()).isEqualTo(5);
        assertThat(reminder.path("destination").path("code").asString()).isEqualTo(pathumWanLike.code());
        assertThat(remindersOf(reported)).as("a unit that reported is not reminded").isEmpty();

        clock.set(bangkok("2026-09-25T10:00:00"));
        reportAs(pathumWanLike, notReported, "เรียกเอกสารการอนุญาตจากฝ่ายเทศกิจแล้ว");
        progressAs(pathumWanLike, "2026-09").andExpect(jsonPath("$[0].onTime").value(1))
                .andExpect(jsonPath("$[0].late").value(1))
                .andExpect(jsonPath("$[0].missing").isEmpty());

        clock.set(bangkok("2026-10-10T10:00:00"));
        reportAs(pathumWanLike, reported, "สอบข้อเท็จจริงผู้ค้าแล้ว 3 ราย");
        progressAs(pathumWanLike, "2026-10").andExpect(jsonPath("$[0].held").value(2))
                .andExpect(jsonPath("$[0].onTime").value(2))
                .andExpect(jsonPath("$[0].withoutProgress", contains(reported)));
        mvc.perform(as(get("/api/cases/follow-up"), "officer-of-" + pathumWanLike.code(),
                PlatformRoles.UNIT_OFFICER, pathumWanLike.code()))
                .andExpect(jsonPath("$.items[?(@.caseId == '" + reported + "')].followUp.reasons[0]")
                        .value("NO_PROGRESS"));
    }

    @Test
    void aForwardedCaseStoredWithoutItsObligationsOwesFromTheMonthBeingReported() throws Exception {
        Destination unit = aUnit("สำนักงานเขตทดสอบสี่");
        String caseId = open(unit, Disposition.FORWARDED_TO_UNIT);
        // As a case stored before the service kept what each month owes.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)), new Update().unset("progress"), "cases");

        clock.set(bangkok("2026-09-10T10:00:00"));
        reportAs(unit, caseId, "สอบข้อเท็จจริงแล้ว");

        progressAs(unit, "2026-09").andExpect(jsonPath("$[0].held").value(1))
                .andExpect(jsonPath("$[0].onTime").value(1));
    }

    private static List<JsonNode> remindersOf(String caseId) {
        return dueReminders.records().stream().filter(r -> caseId.equals(r.key()))
                .map(r -> JSON.readTree(r.value())).toList();
    }
}
