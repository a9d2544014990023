package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.routing.rules.RuleCondition;
import th.bma.anticorruption.routing.rules.RuleDraft;
import th.bma.anticorruption.routing.rules.RuleTarget;
import th.bma.anticorruption.routing.rules.TargetType;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * A rule changed through the API changes the next decision and not the past ones: a replayed old event gets the
 * decision made at the time; a deliberate re-decision is published as REDECISION.
 */
class RuleChangesIntegrationTest extends RoutingIntegrationTestSupport {

    private static final String RULE = "ACCUSED-SENIOR-OFFICIAL-PACC";

    @Test
    void aChangedRuleDecidesTheNextComplaintWhileAReplayedOneKeepsItsDecision() throws Exception {
        AccusedPerson sectionHead = new AccusedPerson(null, "หัวหน้าฝ่ายโยธา", "ชำนาญการพิเศษ",
                "ฝ่ายโยธา สำนักงานเขตห้วยขวาง", null);
        ComplaintReceived before = Complaints.hotline(
                "หัวหน้าฝ่ายโยธารับเงินทอนจากผู้รับเหมางานซ่อมทางเท้า", "ห้วยขวาง", sectionHead);
        publish(before);
        JsonNode first = awaitRouted(before.complaintId(), v -> true);
        assertThat(first.path("destination").path("code").asString()).isEqualTo("PACC");
        assertThat(first.path("rule").path("ruleVersion").asInt()).isEqualTo(1);

        Response changed = put("/api/routing/rules/" + RULE, token(PlatformRoles.DIRECTOR), draft("NACC", 1));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("version").asInt()).isEqualTo(2);

        ComplaintReceived after = Complaints.hotline(
                "หัวหน้าฝ่ายโยธาเรียกรับเงินเพื่ออนุมัติใบอนุญาตก่อสร้าง", "ห้วยขวาง", sectionHead);
        publish(after);
        JsonNode second = awaitRouted(after.complaintId(), v -> true);
        assertThat(second.path("destination").path("code").asString()).isEqualTo("NACC");
        assertThat(second.path("disposition").asString()).isEqualTo("REFERRED_TO_NACC");
        assertThat(second.path("rule").path("ruleId").asString()).isEqualTo(RULE);
        assertThat(second.path("rule").path("ruleVersion").asInt()).isEqualTo(2);

        publish(before);
        await().atMost(WAIT).until(() -> routedCount(before.complaintId()) == 2);
        assertThat(routed.records().stream().filter(r -> before.complaintId().equals(r.key()))
                .map(r -> JSON.readTree(r.value())))
                .allSatisfy(replayed -> {
                    assertThat(replayed.path("eventId").asString()).isEqualTo(first.path("eventId").asString());
                    assertThat(replayed.path("destination").path("code").asString()).isEqualTo("PACC");
                });
        Response history = get("/api/routing/complaints/" + before.complaintId() + "/decisions",
                token(PlatformRoles.AUDITOR));
        assertThat(history.body().path("decisions")).hasSize(1);
        assertThat(history.body().path("current").path("rulesUsed").get(0).path("version").asInt()).isEqualTo(1);

        Response redecided = post("/api/routing/complaints/" + before.complaintId() + "/redecision",
                token(PlatformRoles.DIRECTOR), Map.of("reason", "ตารางกฎเปลี่ยน ส่งเรื่องตามกฎปัจจุบัน"));
        assertThat(redecided.status()).isEqualTo(200);
        JsonNode redecision = awaitRouted(before.complaintId(), v -> "REDECISION".equals(v.path("kind").asString()));
        assertThat(redecision.path("decisionSequence").asLong()).isEqualTo(2);
        assertThat(redecision.path("destination").path("code").asString()).isEqualTo("NACC");
        assertThat(redecision.path("decidedBy").asString()).isEqualTo("director-client");
    }

    @Test
    void onlyAValidChangeByTheDirectorTakesEffectAndEveryChangeIsAudited() {
        String rule = "AREA-EDUCATION-WG1";
        Response byIntake = put("/api/routing/rules/" + rule, token(PlatformRoles.INTAKE_OFFICER),
                draft("WG-1", 1, rule));
        assertThat(byIntake.status()).isEqualTo(403);

        Response unknownBody = put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR),
                draft("DISTRICT-9999", 1, rule));
        assertThat(unknownBody.status()).isEqualTo(400);
        assertThat(unknownBody.body().path("violations").get(0).path("field").asString())
                .isEqualTo("then.destinationCode");

        Response noCatchAll = put("/api/routing/rules/RESPONSIBLE-UNIT", token(PlatformRoles.DIRECTOR),
                new RuleDraft(1000, false, RuleCondition.always(), new RuleTarget(TargetType.RESPONSIBLE_UNIT, null),
                        "ปิดกฎ", "Disabled", "ทดลองปิดกฎสุดท้าย", 1));
        assertThat(noCatchAll.status()).isEqualTo(422);

        Response stale = put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR), draft("WG-1", 7, rule));
        assertThat(stale.status()).isEqualTo(409);

        Response accepted = put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR), draft("WG-1", 1, rule));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(get("/api/routing/rules/" + rule + "/versions", token(PlatformRoles.INVESTIGATOR)).body())
                .hasSize(2);
        assertThat(get("/api/routing/rules/" + rule + "/versions/1", token(PlatformRoles.INVESTIGATOR)).body()
                .path("then").path("destinationCode").asString()).isEqualTo("WG-1");
        JsonNode audit = get("/api/routing/rules/audit", token(PlatformRoles.AUDITOR)).body();
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.path("ruleId").asString()).isEqualTo(rule);
            assertThat(entry.path("toVersion").asInt()).isEqualTo(2);
            assertThat(entry.path("changedBy").asString()).isEqualTo("director-client");
        });
    }

    @Test
    void theRulesApiListsTheRulesTheDirectorWroteWhileTheReleaseShipsOtherwise() {
        String rule = "AREA-CITY-LAW-ENFORCEMENT-WG3";
        JsonNode shipped = get("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR)).body();
        assertThat(shipped.path("createdBy").asString()).isEqualTo("seed");
        assertThat(differing()).doesNotContain(rule);

        Map<String, Object> own = new LinkedHashMap<>(Map.of("priority", shipped.path("priority").asInt(),
                "enabled", true, "when", shipped.path("when"), "then", shipped.path("then"),
                "reasonTh", shipped.path("reasonTh").asString(), "reasonEn", "City law enforcement: working group 3.",
                "changeNote", "ถ้อยคำของศูนย์", "expectedVersion", shipped.path("version").asInt()));
        assertThat(put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR), own).status()).isEqualTo(200);
        assertThat(differing()).contains(rule);

        own.put("reasonEn", shipped.path("reasonEn").asString());
        own.put("expectedVersion", shipped.path("version").asInt() + 1);
        assertThat(put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR), own).status()).isEqualTo(200);
        assertThat(differing()).as("the director took the shipped default").doesNotContain(rule);
        assertThat(get("/api/routing/rules/shipped-defaults", token(PlatformRoles.DASHBOARD)).status())
                .isEqualTo(403);
    }

    @Test
    void aDirectorAccountNamedAsTheSeedIsRefusedNamingTheFieldAndTheRule() {
        String rule = "AREA-EDUCATION-WG1";
        int before = get("/api/routing/rules/" + rule + "/versions", token(PlatformRoles.DIRECTOR)).body().size();

        Response refused = put("/api/routing/rules/" + rule, TOKENS.token("seed", PlatformRoles.DIRECTOR),
                draft("WG-1", before, rule));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("status").asInt()).isEqualTo(403);
        assertThat(refused.body().path("detail").asString()).contains(rule, "'seed'");
        assertThat(refused.body().path("violations").get(0).path("field").asString()).isEqualTo("changedBy");
        assertThat(refused.body().path("violations").get(0).path("rule").asString()).isEqualTo("reserved-author");
        assertThat(get("/api/routing/rules/" + rule + "/versions", token(PlatformRoles.DIRECTOR)).body())
                .hasSize(before);
    }

    private List<String> differing() {
        Response answer = get("/api/routing/rules/shipped-defaults", token(PlatformRoles.INVESTIGATOR));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().path("shippedDefaultsDiffering").valueStream().map(JsonNode::asString).toList();
    }

    private static RuleDraft draft(String destination, int expectedVersion) {
        return new RuleDraft(400, true, new RuleCondition(List.of("ชำนาญการพิเศษ", "เชี่ยวชาญ", "ทรงคุณวุฒิ",
                "ทักษะพิเศษ"), null, null, null, null, null, null),
                new RuleTarget(TargetType.DIRECTORY_BODY, destination),
                "ผู้ถูกกล่าวหาอยู่ในระดับ{level} ส่งสำนักงาน ป.ป.ช. ตามมติศปท.กทม.",
                "The accused is at level {level}: referred to the NACC by the operations centre's resolution.",
                "มติที่ประชุมให้ส่งระดับชำนาญการพิเศษขึ้นไปให้ ป.ป.ช.", expectedVersion);
    }

    private static RuleDraft draft(String destination, int expectedVersion, String educationRule) {
        return new RuleDraft(700, true, new RuleCondition(null, null, null, List.of("EDUCATION"), null, null, null),
                new RuleTarget(TargetType.DIRECTORY_BODY, destination),
                "เรื่องเกี่ยวกับโรงเรียนหรือการศึกษา ส่งคณะทำงานที่ 1", "School or education matter: working group 1.",
                "ปรับถ้อยคำเหตุผล " + educationRule, expectedVersion);
    }
}
