package th.bma.anticorruption.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.privacy.Placeholders;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/** The officers' API and public tracking over HTTP, with real tokens. */
class CaseApiIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static final String PATHUM_WAN_OFFICER = "DISTRICT-1007";
    private static final String WG_3_OFFICER = "WG-3";

    private String openCase(Destination destination, Disposition disposition, String trackingCode) throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, destination, disposition,
                trackingCode));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        return caseId;
    }

    @Test
    void theInternalTrackIsWorkedThroughTheApiAndIllegalActionsAreRefusedWith409() throws Exception {
        String caseId = openCase(INTERNAL, Disposition.FORWARDED_TO_UNIT, null);
        clock.set(START.plusSeconds(86_400 * 10));

        mvc.perform(as(post("/api/cases/{id}/actions/appoint-subcommittee", caseId), PlatformRoles.INVESTIGATOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"members\":[\"นายสมชาย ใจดี\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/cases/{id}/actions/appoint-subcommittee", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("members"));
        mvc.perform(as(post("/api/cases/{id}/actions/appoint-subcommittee", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"members\":[\"นายสมชาย ใจดี\",\"นางสาวสมหญิง รักงาน\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBCOMMITTEE_APPOINTED"))
                .andExpect(jsonPath("$.deadline.status").value("MET"))
                .andExpect(jsonPath("$.subcommittee.members.length()").value(2));
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "MET".equals(v.path("deadline").path("status").asString())
                && "PRELIMINARY_REVIEW".equals(v.path("previousState").asString()), WAIT);

        mvc.perform(as(post("/api/cases/{id}/actions/record-interim-measure", caseId), PlatformRoles.INVESTIGATOR)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"measure":"SUSPENSION","orderedBy":"ปลัดกรุงเทพมหานคร","orderedAt":"2026-09-01T09:30:00+07:00"}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interimMeasures[0].kind").value("SUSPENSION"))
                .andExpect(jsonPath("$.interimMeasures[0].orderedBy").value("ปลัดกรุงเทพมหานคร"))
                .andExpect(jsonPath("$.interimMeasures[0].orderedAt").value("2026-09-01T09:30:00+07:00"))
                .andExpect(jsonPath("$.interimMeasures[0].recordedBy").value("investigator"));
        mvc.perform(as(post("/api/cases/{id}/actions/find-grounded", caseId), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("GROUNDED"));

        mvc.perform(as(post("/api/cases/{id}/actions/close-as-referred", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentState").value("GROUNDED"))
                .andExpect(jsonPath("$.action").value("close-as-referred"))
                .andExpect(jsonPath("$.detail").value(
                        "A case in state GROUNDED does not allow the action close-as-referred."));
        mvc.perform(as(post("/api/cases/{id}/actions/fly-to-the-moon", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isNotFound());

        mvc.perform(as(post("/api/cases/{id}/actions/complete", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.disposition").value("COMPLETED"));

        mvc.perform(as(get("/api/cases/{id}/audit", caseId), PlatformRoles.INTAKE_OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases/{id}/audit", caseId), PlatformRoles.AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("CASE_OPENED", "APPOINT_SUBCOMMITTEE",
                        "RECORD_INTERIM_MEASURE", "FIND_GROUNDED", "COMPLETE")))
                .andExpect(jsonPath("$[?(@.action == 'FIND_GROUNDED')].actor").value("investigator"))
                .andExpect(jsonPath("$[?(@.action == 'FIND_GROUNDED')].fromState").value("SUBCOMMITTEE_APPOINTED"))
                .andExpect(jsonPath("$[?(@.action == 'FIND_GROUNDED')].toState").value("GROUNDED"));
    }

    @Test
    void anOfficerOfOneUnitCanNeitherReadNorActOnAnotherUnitsCase() throws Exception {
        String pathumWanCase = openCase(PATHUM_WAN, Disposition.FORWARDED_TO_UNIT, null);
        String wg3Case = openCase(WG_3, Disposition.FORWARDED_TO_WORKING_GROUP, null);

        mvc.perform(as(get("/api/cases/{id}", pathumWanCase), "pathumwan-officer", PlatformRoles.UNIT_OFFICER,
                PATHUM_WAN_OFFICER)).andExpect(status().isOk());
        mvc.perform(as(get("/api/cases/{id}", pathumWanCase), "wg-enforcement-officer", PlatformRoles.UNIT_OFFICER,
                WG_3_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/cases/{id}/progress", pathumWanCase), "wg-enforcement-officer",
                PlatformRoles.UNIT_OFFICER, WG_3_OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"ไม่ใช่เรื่องของเรา\"}")).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/cases/{id}/actions/complete", pathumWanCase), "wg-enforcement-officer",
                PlatformRoles.UNIT_OFFICER, WG_3_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases/{id}/audit", pathumWanCase), "wg-enforcement-officer",
                PlatformRoles.UNIT_OFFICER, WG_3_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases").param("size", "100"), "wg-enforcement-officer", PlatformRoles.UNIT_OFFICER,
                WG_3_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId", hasItem(wg3Case)))
                .andExpect(jsonPath("$.items[*].caseId", not(hasItem(pathumWanCase))))
                .andExpect(jsonPath("$.items[*].destination.code", not(hasItem("DISTRICT-1007"))));
        mvc.perform(as(get("/api/cases").param("size", "100"), "unscoped-unit-officer", PlatformRoles.UNIT_OFFICER,
                null)).andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));

        mvc.perform(as(post("/api/cases/{id}/progress", pathumWanCase), "pathumwan-officer",
                PlatformRoles.UNIT_OFFICER, PATHUM_WAN_OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"ตรวจสอบข้อเท็จจริงแล้ว สอบปากคำผู้ร้อง นางสาวพรทิพย์ ศรีสุข โทร 081 234 5678\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastProgressAt").value("2026-08-20T10:00:00+07:00"));
        String read = mvc.perform(as(get("/api/cases/{id}", pathumWanCase), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(read).as("the note is masked in the case").contains("ตรวจสอบข้อเท็จจริงแล้ว", Placeholders.PHONE)
                .doesNotContain("พรทิพย์", "ศรีสุข", "5678");
        String why = "{\"reason\":\"คณะอนุกรรมการสืบข้อเท็จจริงขอสัมภาษณ์ผู้ร้องตามบันทึกของหน่วยงาน\"}";
        mvc.perform(as(post("/api/cases/{id}/officers-texts/reveal", pathumWanCase), PlatformRoles.CONFIDENTIALITY_OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content(why)).andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{id}/officers-texts/reveal", pathumWanCase).header("Authorization", "Bearer "
                        + TOKENS.personToken("confidentiality", PlatformRoles.CONFIDENTIALITY_OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content(why))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].field").value("progress.note"))
                .andExpect(jsonPath("$[0].original").value(
                        "ตรวจสอบข้อเท็จจริงแล้ว สอบปากคำผู้ร้อง นางสาวพรทิพย์ ศรีสุข โทร 081 234 5678"));
        mvc.perform(as(post("/api/cases/{id}/actions/find-grounded", pathumWanCase), "pathumwan-officer",
                PlatformRoles.UNIT_OFFICER, PATHUM_WAN_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(as(post("/api/cases/{id}/actions/complete", pathumWanCase), "pathumwan-officer",
                PlatformRoles.UNIT_OFFICER, PATHUM_WAN_OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"));
    }

    @Test
    void aUnitOfficerLosesSightOfACaseTheMomentItIsReroutedAwayAndATokenWithoutUnitSeesNothing() throws Exception {
        String caseId = openCase(PATHUM_WAN, Disposition.FORWARDED_TO_UNIT, null);
        String complaintId = complaintIdOfCase(caseId);
        mvc.perform(as(get("/api/cases/{id}", caseId), "pathumwan-officer", PlatformRoles.UNIT_OFFICER,
                PATHUM_WAN_OFFICER)).andExpect(status().isOk());
        mvc.perform(as(get("/api/cases/{id}", caseId), "unscoped-unit-officer", PlatformRoles.UNIT_OFFICER, null))
                .andExpect(status().isNotFound());

        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.REROUTE, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null));
        awaitConsumed(Topics.COMPLAINTS_ROUTED);

        mvc.perform(as(get("/api/cases/{id}", caseId), "pathumwan-officer", PlatformRoles.UNIT_OFFICER,
                PATHUM_WAN_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases").param("complaintId", complaintId), "pathumwan-officer",
                PlatformRoles.UNIT_OFFICER, PATHUM_WAN_OFFICER)).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(as(post("/api/cases/{id}/progress", caseId), "pathumwan-officer", PlatformRoles.UNIT_OFFICER,
                PATHUM_WAN_OFFICER).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"ยังติดตามอยู่\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases/{id}", caseId), "wg-enforcement-officer", PlatformRoles.UNIT_OFFICER,
                WG_3_OFFICER)).andExpect(status().isOk());
        mvc.perform(as(get("/api/cases/{id}", caseId), "unscoped-unit-officer", PlatformRoles.UNIT_OFFICER, null))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases").param("complaintId", complaintId), "unscoped-unit-officer",
                PlatformRoles.UNIT_OFFICER, null)).andExpect(jsonPath("$.totalItems").value(0));
    }

    private String complaintIdOfCase(String caseId) throws Exception {
        String body = mvc.perform(as(get("/api/cases/{id}", caseId), PlatformRoles.DIRECTOR))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).path("complaintId").asString();
    }

    @Test
    void officersFilterTheListAndEveryReadOfSensitiveFieldsIsAudited() throws Exception {
        String internalCase = openCase(INTERNAL, Disposition.FORWARDED_TO_UNIT, null);

        mvc.perform(as(get("/api/cases").param("state", "PRELIMINARY_REVIEW").param("due", "overdue")
                .param("size", "100"), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId", not(hasItem(internalCase))));
        clock.set(START.plusSeconds(86_400L * 40));
        mvc.perform(as(get("/api/cases").param("state", "PRELIMINARY_REVIEW").param("due", "overdue")
                .param("district", "ปทุมวัน").param("lineOfWork", "CITY_LAW_ENFORCEMENT").param("size", "100"),
                PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId", hasItem(internalCase)))
                .andExpect(jsonPath("$.items[*].complaint").doesNotExist());
        mvc.perform(as(get("/api/cases").param("due", "sometime"), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isBadRequest());

        mvc.perform(as(get("/api/cases/{id}", internalCase), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.accusedPosition").value("เจ้าพนักงานเทศกิจ"));
        mvc.perform(as(get("/api/cases/{id}/audit", internalCase), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.action == 'READ_SENSITIVE_FIELDS')].actor").value("investigator"));
    }

    @Test
    void aComplainantFollowsTheirComplaintByCodeAndLearnsNothingElse() throws Exception {
        String code = "4417 0923 5581 2026";
        String caseId = openCase(INTERNAL, Disposition.FORWARDED_TO_UNIT, code.replace(" ", ""));

        String body = mvc.perform(post("/api/public/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusTh").value("อยู่ระหว่างดำเนินการ"))
                .andExpect(jsonPath("$.statusEn").value("In progress"))
                .andExpect(jsonPath("$.receivedAt").value("2026-08-20T10:21:07+07:00"))
                .andExpect(jsonPath("$.lastUpdatedAt").value("2026-08-20T10:00:00+07:00"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(caseId, "CSC-OFFICE", "ก.ก.", "เทศกิจ", "PRELIMINARY", "timeline");

        for (String unknown : new String[] {"0000000000000000", "12", ""}) {
            mvc.perform(post("/api/public/track").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"trackingCode\":\"" + unknown + "\"}"))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/public/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"0000000000000000\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No complaint matches this tracking code."));
        mvc.perform(post("/api/public/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"12\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No complaint matches this tracking code."));
    }

    @Test
    void aComplaintFoundNotAboutCorruptionIsClosedOwingNothingAndItsComplainantOnlyLearnsItIsClosed()
            throws Exception {
        clock.set(START);
        String code = "5521 7740 1193 2026";
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, TRIAGE,
                Disposition.UNDER_VERIFICATION, code.replace(" ", "")));
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);

        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.NOT_CORRUPTION, TRIAGE,
                Disposition.COMPLETED, code.replace(" ", "")));
        JsonNode closed = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && v.path("caseVersion").asLong() == 2, WAIT);
        assertThat(closed.path("state").asString()).isEqualTo("NOT_CORRUPTION");
        assertThat(closed.path("previousState").asString()).isEqualTo("UNDER_VERIFICATION");
        assertThat(closed.path("disposition").asString()).isEqualTo("COMPLETED");
        assertThat(closed.path("deadline").isNull()).isTrue();

        mvc.perform(as(get("/api/cases/{id}", caseId), PlatformRoles.INTAKE_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_CORRUPTION"))
                .andExpect(jsonPath("$.disposition").value("COMPLETED"))
                .andExpect(jsonPath("$.deadline").isEmpty())
                .andExpect(jsonPath("$.timeline[*].event").value(hasItem("CLOSED_NOT_CORRUPTION")));
        mvc.perform(as(post("/api/cases/{id}/progress", caseId), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"ตรวจแล้ว\"}"))
                .andExpect(status().isConflict());

        String body = mvc.perform(post("/api/public/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.statusTh").value("ปิดเรื่องแล้ว"))
                .andExpect(jsonPath("$.statusEn").value("Closed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(caseId, "CORRUPTION", "ทุจริต", "CENTRE", "ศตท", "director", "timeline");
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseActions() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/actions/{action}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/progress'].get.parameters[0].name").value("month"))
                .andExpect(jsonPath("$.paths['/api/cases/follow-up'].get").exists())
                .andExpect(jsonPath("$.components.schemas.Deadline.properties.startedAt").exists())
                .andExpect(jsonPath("$.paths['/api/public/track'].post").exists());
    }
}
