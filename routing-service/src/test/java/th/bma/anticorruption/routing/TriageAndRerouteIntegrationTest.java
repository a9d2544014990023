package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.support.privacy.Placeholders;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/** Triage, reroute and the decisions view on the real broker, through the HTTP API with real tokens. */
class TriageAndRerouteIntegrationTest extends RoutingIntegrationTestSupport {

    @Test
    void anUnclearComplaintWaitsInTriageUntilAnIntakeOfficerDecidesThenAnOfficerReroutesIt() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        JsonNode initial = awaitRouted(unclear.complaintId(), v -> true);
        assertThat(initial.path("disposition").asString()).isEqualTo("UNDER_VERIFICATION");
        assertThat(initial.path("destination").path("kind").asString()).isEqualTo("TRIAGE");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("TRIAGE-LOW-CONFIDENCE");

        JsonNode queue = get("/api/routing/triage", token(PlatformRoles.INTAKE_OFFICER)).body();
        assertThat(queue).anySatisfy(item ->
                assertThat(item.path("complaintId").asString()).isEqualTo(unclear.complaintId()));
        assertThat(get("/api/routing/triage", token(PlatformRoles.INVESTIGATOR)).status()).isEqualTo(403);

        Response resolved = post("/api/routing/triage/" + unclear.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "CITY_LAW_ENFORCEMENT",
                        "reason", "โทรสอบถามผู้ร้องแล้ว เป็นเรื่องเทศกิจเก็บเงินแผงลอย"));
        assertThat(resolved.status()).isEqualTo(200);
        JsonNode triaged = awaitRouted(unclear.complaintId(),
                v -> "TRIAGE_RESOLVED".equals(v.path("kind").asString()));
        assertThat(triaged.path("decisionSequence").asLong()).isEqualTo(2);
        assertThat(triaged.path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(triaged.path("disposition").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(triaged.path("lineOfWork").asString()).isEqualTo("CITY_LAW_ENFORCEMENT");
        assertThat(get("/api/routing/triage", token(PlatformRoles.INTAKE_OFFICER)).body())
                .noneSatisfy(item -> assertThat(item.path("complaintId").asString())
                        .isEqualTo(unclear.complaintId()));
        assertThat(post("/api/routing/triage/" + unclear.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "OTHER", "reason", "ซ้ำ")).status())
                .isEqualTo(409);

        Response rerouted = post("/api/routing/complaints/" + unclear.complaintId() + "/reroute",
                token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "DISTRICT-1007",
                        "reason", "จุดผ่อนผันอยู่ในความดูแลของเขตปทุมวัน ผู้ร้องขอให้โทรกลับ 081.234.5678"));
        assertThat(rerouted.status()).isEqualTo(200);
        JsonNode reroute = awaitRouted(unclear.complaintId(), v -> "REROUTE".equals(v.path("kind").asString()));
        assertThat(reroute.path("decisionSequence").asLong()).isEqualTo(3);
        assertThat(reroute.path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");
        assertThat(reroute.path("disposition").asString()).isEqualTo("FORWARDED_TO_UNIT");
        assertThat(reroute.path("rule").path("reasonTh").asString()).contains("จุดผ่อนผัน");
        assertThat(reroute.toString()).as("the officer's reason is masked on the topic").doesNotContain("5678")
                .contains(Placeholders.PHONE);
        Map<String, String> why = Map.of("reason", "คณะอนุกรรมการสืบข้อเท็จจริงขอติดต่อผู้ร้องตามที่เจ้าหน้าที่บันทึกไว้");
        String revealPath = "/api/routing/complaints/" + unclear.complaintId() + "/officers-texts/reveal";
        assertThat(post(revealPath, token(PlatformRoles.CONFIDENTIALITY_OFFICER), why).status())
                .as("a client's own token is no named person").isEqualTo(403);
        Response revealed = post(revealPath, TOKENS.personToken("confidentiality", PlatformRoles.CONFIDENTIALITY_OFFICER),
                why);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body().toString()).contains("081.234.5678", "reroute.reason");
        assertThat(get("/api/routing/audit/officers-texts-reveals", token(PlatformRoles.AUDITOR)).body().toString())
                .contains(unclear.complaintId(), "confidentiality");

        JsonNode history = get("/api/routing/complaints/" + unclear.complaintId() + "/decisions",
                TOKENS.scopedToken("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007")).body();
        assertThat(history.path("decisions")).extracting(d -> d.path("kind").asString())
                .containsExactly("INITIAL", "TRIAGE_RESOLVED", "REROUTE");
        assertThat(history.path("current").path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");
        assertThat(get("/api/routing/complaints/" + unclear.complaintId() + "/decisions",
                TOKENS.scopedToken("bangrak-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1004")).status())
                .isEqualTo(404);
    }

    @Test
    void aUnitOfficerLosesSightOfAComplaintTheMomentItIsReroutedAway() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        awaitRouted(unclear.complaintId(), v -> true);
        String decisions = "/api/routing/complaints/" + unclear.complaintId() + "/decisions";
        String pathumWan = TOKENS.scopedToken("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007");
        String withoutUnit = TOKENS.token("unscoped-unit-officer", PlatformRoles.UNIT_OFFICER);
        assertThat(post("/api/routing/complaints/" + unclear.complaintId() + "/reroute", token(PlatformRoles.DIRECTOR),
                Map.of("destinationCode", "DISTRICT-1007", "reason", "จุดเกิดเหตุอยู่ในเขตปทุมวัน")).status())
                .isEqualTo(200);
        assertThat(get(decisions, pathumWan).status()).isEqualTo(200);
        assertThat(get(decisions, withoutUnit).status()).isEqualTo(404);

        assertThat(post("/api/routing/complaints/" + unclear.complaintId() + "/reroute", token(PlatformRoles.DIRECTOR),
                Map.of("destinationCode", "WG-3", "reason", "เป็นเรื่องเทศกิจ ส่งคณะทำงานที่ 3")).status())
                .isEqualTo(200);

        // an earlier decision named DISTRICT-1007: that no longer opens the complaint to its officers
        Response afterReroute = get(decisions, pathumWan);
        assertThat(afterReroute.status()).isEqualTo(404);
        assertThat(afterReroute.body().path("decisions").isMissingNode()).isTrue();
        assertThat(get(decisions, withoutUnit).status()).isEqualTo(404);
        JsonNode wg3 = get(decisions, TOKENS.scopedToken("wg-enforcement-officer", PlatformRoles.UNIT_OFFICER, "WG-3"))
                .body();
        assertThat(wg3.path("current").path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(wg3.path("decisions")).extracting(d -> d.path("destination").path("code").asString())
                .endsWith("DISTRICT-1007", "WG-3");
    }

    @Test
    void noOfficerCanRerouteAComplaintToTheAccusedsOwnUnit() throws Exception {
        ComplaintReceived complaint = Complaints.hotline(
                "ลูกจ้างของสำนักงานเขตรับเงินจากผู้มาติดต่อเพื่อเร่งออกเอกสารให้โดยไม่ต้องรอคิว", "ปทุมวัน",
                new AccusedPerson(null, "ลูกจ้างประจำ", null, "สำนักงานเขตปทุมวัน", "DISTRICT-1007"));
        publish(complaint);
        JsonNode initial = awaitRouted(complaint.complaintId(), v -> true);
        assertThat(initial.path("destination").path("code").asString()).isEqualTo("CENTRE");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("NEVER-TO-OWN-UNIT");

        Response toOwnUnit = post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("destinationCode", "DISTRICT-1007", "reason", "ส่งเขต"));
        assertThat(toOwnUnit.status()).isEqualTo(422);
        assertThat(post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.UNIT_OFFICER), Map.of("destinationCode", "WG-3", "reason", "ส่งต่อ")).status())
                .isEqualTo(403);
        assertThat(post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("destinationCode", "", "reason", "")).status())
                .isEqualTo(400);
        assertThat(get("/api/routing/complaints/" + complaint.complaintId() + "/decisions",
                token(PlatformRoles.INVESTIGATOR)).body().path("decisions")).hasSize(1);
    }

    @Test
    void theDirectoryIsOpenToEveryAuthenticatedCallerOnly() {
        Response directory = get("/api/routing/directory", token(PlatformRoles.DASHBOARD));
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.body()).filteredOn(u -> "DISTRICT_OFFICE".equals(u.path("kind").asString())).hasSize(50);
        assertThat(directory.body()).extracting(u -> u.path("code").asString())
                .contains("DISTRICT-GROUP-CENTRAL", "BUREAU-EDUCATION", "WG-1", "WG-2", "WG-3", "NACC", "PACC",
                        "CSC-OFFICE", "CENTRE");
        assertThat(get("/api/routing/directory", null).status()).isEqualTo(401);
        JsonNode apiDocs = get("/v3/api-docs", null).body();
        assertThat(apiDocs.path("paths").propertyNames()).contains("/api/routing/directory", "/api/routing/triage",
                "/api/routing/rules/{ruleId}", "/api/routing/complaints/{complaintId}/reroute");
    }
}
