package th.bma.anticorruption.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.cases.deadline.DeadlineWatch;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/** The ก.ก. office's track over HTTP: when its 30 days start, every step to the outcome, and what is published. */
class InternalTrackIntegrationTest extends CaseTrackingIntegrationTestSupport {

    @Autowired
    DeadlineWatch watch;

    private ResultActions act(String caseId, String action, String role, String body) throws Exception {
        return mvc.perform(as(post("/api/cases/{id}/actions/" + action, caseId), role)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String openOnTheInternalTrack() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, INTERNAL,
                Disposition.FORWARDED_TO_UNIT, null));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        return caseId;
    }

    @Test
    void aComplaintReceived60DaysAgoThatReachesTheTrackTodayIsDueIn30DaysFromTodayNotBreached() throws Exception {
        clock.set(START); // 2026-08-20 10:00 Bangkok
        String complaintId = newComplaintId();
        OffsetDateTime received = OffsetDateTime.parse("2026-06-21T09:15:00+07:00");
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, TRIAGE,
                Disposition.UNDER_VERIFICATION, null, received));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.TRIAGE_RESOLVED, INTERNAL,
                Disposition.FORWARDED_TO_UNIT, null, received));
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "PRELIMINARY_REVIEW".equals(v.path("state").asString()), WAIT);

        clock.set(START.plus(Duration.ofHours(2)));
        watch.check();

        mvc.perform(as(get("/api/cases/{id}", caseId), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedAt").value("2026-06-21T09:15:00+07:00"))
                .andExpect(jsonPath("$.deadline.kind").value("SUBCOMMITTEE_APPOINTMENT"))
                .andExpect(jsonPath("$.deadline.startedAt").value("2026-08-20T10:00:00+07:00"))
                .andExpect(jsonPath("$.deadline.dueAt").value("2026-09-19T23:59:59+07:00"))
                .andExpect(jsonPath("$.deadline.status").value("OPEN"))
                .andExpect(jsonPath("$.internalTrack.reachedAt").value("2026-08-20T10:00:00+07:00"))
                .andExpect(jsonPath("$.followUp").doesNotExist());
    }

    @Test
    void theTrackIsWorkedToItsEndEachStepAttributedAuditedAndTheOutcomePublished() throws Exception {
        String caseId = openOnTheInternalTrack();
        clock.set(START.plus(Duration.ofDays(2)));

        act(caseId, "find-credible", PlatformRoles.INVESTIGATOR, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PRESENTED_TO_DIRECTOR"))
                .andExpect(jsonPath("$.internalTrack.preliminaryCheck.result").value("CREDIBLE"))
                .andExpect(jsonPath("$.internalTrack.preliminaryCheck.by").value("investigator"));
        act(caseId, "appoint-subcommittee", PlatformRoles.INVESTIGATOR, "{\"members\":[\"นายสมชาย ใจดี\"]}")
                .andExpect(status().isForbidden());
        act(caseId, "appoint-subcommittee", PlatformRoles.DIRECTOR, "{\"members\":[\"นายสมชาย ใจดี\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBCOMMITTEE_APPOINTED"))
                .andExpect(jsonPath("$.deadline.status").value("MET"));
        act(caseId, "record-interim-measure", PlatformRoles.INVESTIGATOR, """
                {"measure":"TRANSFER_TO_OTHER_DUTY","orderedBy":"ปลัดกรุงเทพมหานคร",
                 "orderedAt":"2026-08-22T09:00:00+07:00","reviewBy":"2026-11-22T00:00:00+07:00"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interimMeasures[0].id").value("M-1"))
                .andExpect(jsonPath("$.interimMeasures[0].reviewBy").value("2026-11-22T00:00:00+07:00"));
        clock.set(START.plus(Duration.ofDays(40)));
        act(caseId, "find-grounded", PlatformRoles.INVESTIGATOR, "{}").andExpect(status().isOk());
        act(caseId, "record-order", PlatformRoles.INVESTIGATOR, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("order"))
                .andExpect(jsonPath("$.violations[0].rule").value("required"));
        act(caseId, "record-order", PlatformRoles.INVESTIGATOR,
                "{\"order\":\"CRIMINAL_REFERRAL_NACC\",\"orderedAt\":\"2026-09-28T14:00:00+07:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ORDER_GIVEN"))
                .andExpect(jsonPath("$.internalTrack.order.order").value("CRIMINAL_REFERRAL_NACC"))
                .andExpect(jsonPath("$.internalTrack.order.orderedAt").value("2026-09-28T14:00:00+07:00"));
        act(caseId, "end-interim-measure", PlatformRoles.INVESTIGATOR, """
                {"measureId":"M-1","orderedBy":"ปลัดกรุงเทพมหานคร","orderedAt":"2026-09-29T09:00:00+07:00"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interimMeasures[0].end.endedAt").value("2026-09-29T09:00:00+07:00"));
        act(caseId, "end-interim-measure", PlatformRoles.INVESTIGATOR, """
                {"measureId":"M-1","orderedBy":"ปลัดกรุงเทพมหานคร","orderedAt":"2026-09-29T09:00:00+07:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("measureId"))
                .andExpect(jsonPath("$.violations[0].rule").value("in-force"));
        act(caseId, "complete", PlatformRoles.DIRECTOR, "{\"note\":\"ส่งเรื่องให้สำนักงาน ป.ป.ช. แล้ว\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.internalTrack.outcome.finding").value("GROUNDED"))
                .andExpect(jsonPath("$.internalTrack.outcome.order").value("CRIMINAL_REFERRAL_NACC"))
                .andExpect(jsonPath("$.timeline[?(@.event == 'COMPLETED')].by").value("director"));

        JsonNode closed = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "COMPLETED".equals(v.path("state").asString()), WAIT);
        assertThat(closed.path("outcome").path("finding").asString()).isEqualTo("GROUNDED");
        assertThat(closed.path("outcome").path("order").asString()).isEqualTo("CRIMINAL_REFERRAL_NACC");
        assertThat(closed.path("outcome").path("closedAt").asString()).isEqualTo("2026-09-29T10:00:00+07:00");
        JsonNode grounded = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "GROUNDED".equals(v.path("state").asString()), WAIT);
        assertThat(grounded.path("outcome").isNull() || grounded.path("outcome").isMissingNode())
                .as("no outcome while open").isTrue();

        mvc.perform(as(get("/api/cases/{id}/audit", caseId), PlatformRoles.AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("FIND_CREDIBLE", "APPOINT_SUBCOMMITTEE",
                        "RECORD_INTERIM_MEASURE", "FIND_GROUNDED", "RECORD_ORDER", "END_INTERIM_MEASURE", "COMPLETE")))
                .andExpect(jsonPath("$[?(@.action == 'RECORD_ORDER')].detail").value("order CRIMINAL_REFERRAL_NACC"))
                .andExpect(jsonPath("$[?(@.action == 'RECORD_ORDER')].toState").value("ORDER_GIVEN"))
                .andExpect(jsonPath("$[?(@.action == 'FIND_CREDIBLE')].actor").value("investigator"));
    }

    @Test
    void aComplaintNotCredibleIsClosedWithItsReasonAndPublishedAsSuch() throws Exception {
        String caseId = openOnTheInternalTrack();

        act(caseId, "find-not-credible", PlatformRoles.INVESTIGATOR, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("note"));
        act(caseId, "find-not-credible", PlatformRoles.INVESTIGATOR, "{\"note\":\"ข้อมูลไม่เพียงพอ ไม่ระบุตัวผู้ถูกร้อง\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_CREDIBLE"))
                .andExpect(jsonPath("$.disposition").value("COMPLETED"))
                .andExpect(jsonPath("$.deadline").isEmpty());

        JsonNode closed = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "NOT_CREDIBLE".equals(v.path("state").asString()), WAIT);
        assertThat(closed.path("outcome").path("finding").asString()).isEqualTo("NOT_CREDIBLE");
        assertThat(closed.path("disposition").asString()).isEqualTo("COMPLETED");
    }
}
