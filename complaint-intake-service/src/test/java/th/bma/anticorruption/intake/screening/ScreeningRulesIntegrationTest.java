package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * The screening rules API on the real service and MongoDB: who may read and change, versions and audit, validation
 * as problem+json, a change that takes effect at once on this instance and, on its next refresh, on another one.
 */
class ScreeningRulesIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String RULES = "/api/intake/screening-rules";
    private static final String RULE = "TEST-SUNDIAL-PERMIT";
    private static final String SUNDIAL = "ร้านนาฬิกาแดดหน้าปากซอยปิดร้านเร็ว";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void officersAndAuditorsReadTheRulesOnlyTheDirectorChangesThem() {
        HttpResponse<String> read = send("GET", RULES, PlatformRoles.INTAKE_OFFICER, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("revision").asLong()).isPositive();
        assertThat(json(read).get("rules").valueStream().map(r -> r.get("ruleId").asString()))
                .contains("TRAFFY-CORRUPTION-TAGS", "BRIBERY-WORDS", "OFFICIAL-MONEY-FAVOUR", "MERCHANT-CHEATING");
        assertThat(send("GET", RULES + "/BRIBERY-WORDS/versions/1", PlatformRoles.AUDITOR, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", RULES, PlatformRoles.CHANNEL_ADAPTER, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", RULES, PlatformRoles.CONFIDENTIALITY_OFFICER, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", RULES, null, null).statusCode()).isEqualTo(401);
        for (String role : List.of(PlatformRoles.INTAKE_OFFICER, PlatformRoles.AUDITOR, PlatformRoles.CHANNEL_ADAPTER)) {
            assertThat(send("PUT", RULES + "/" + RULE, role, draft("นาฬิกาแดด", 0)).statusCode()).as(role).isEqualTo(403);
        }
        assertThat(send("GET", RULES + "/" + RULE + "/versions", PlatformRoles.DIRECTOR, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRuleTheDirectorAddsAndChangesDecidesTheNextRecordsIsVersionedAuditedAndReachesAnotherInstance() {
        ScreeningRuleBook otherInstance = new ScreeningRuleBook(new MongoScreeningRuleStore(mongo),
                new ScreeningRuleValidator(), clock);
        otherInstance.start(ScreeningRuleSeed.loadDefault(clock.instant()));
        assertThat(otherInstance.screening().screen(List.of(), SUNDIAL).inScope()).isFalse();
        HttpResponse<String> before = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                call("1555-SUNDIAL-1"));
        assertThat(json(before).get("outOfScope").asBoolean()).isTrue();

        HttpResponse<String> created = send("PUT", RULES + "/" + RULE, PlatformRoles.DIRECTOR, draft("นาฬิกาแดด", 0));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("version").asInt()).isEqualTo(1);
        assertThat(json(created).get("createdBy").asString()).isEqualTo("director-client");

        HttpResponse<String> after = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                call("1555-SUNDIAL-2"));
        assertThat(after.statusCode()).isEqualTo(202);
        HttpResponse<String> trial = send("POST", RULES + "/trial", PlatformRoles.INTAKE_OFFICER,
                "{\"text\": \"" + SUNDIAL + "\"}");
        assertThat(json(trial).get("inScope").asBoolean()).isTrue();
        assertThat(json(trial).get("ruleId").asString()).isEqualTo(RULE);
        assertThat(json(trial).get("ruleVersion").asInt()).isEqualTo(1);

        otherInstance.refresh();
        assertThat(otherInstance.screening().screen(List.of(), SUNDIAL).ruleId()).isEqualTo(RULE);

        HttpResponse<String> stale = send("PUT", RULES + "/" + RULE, PlatformRoles.DIRECTOR, draft("ตู้ปลาทองคำ", 0));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> changed = send("PUT", RULES + "/" + RULE, PlatformRoles.DIRECTOR, draft("ตู้ปลาทองคำ", 1));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("version").asInt()).isEqualTo(2);
        assertThat(json(send("POST", RULES + "/trial", PlatformRoles.AUDITOR, "{\"text\": \"" + SUNDIAL + "\"}"))
                .get("inScope").asBoolean()).isFalse();
        otherInstance.refresh();
        assertThat(otherInstance.screening().screen(List.of(), SUNDIAL).inScope()).isFalse();

        JsonNode versions = json(send("GET", RULES + "/" + RULE + "/versions", PlatformRoles.AUDITOR, null));
        assertThat(versions.valueStream().map(v -> v.get("groups").get(0).get(0).asString()))
                .containsExactly("นาฬิกาแดด", "ตู้ปลาทองคำ");
        JsonNode audit = json(send("GET", RULES + "/audit", PlatformRoles.AUDITOR, null));
        assertThat(audit.valueStream().filter(e -> e.get("ruleId").asString().equals(RULE)))
                .extracting(e -> e.get("fromVersion").asInt() + ">" + e.get("toVersion").asInt() + " by "
                        + e.get("changedBy").asString() + ": " + e.get("changeNote").asString())
                .containsExactlyInAnyOrder("0>1 by director-client: ทดสอบกฎใหม่",
                        "1>2 by director-client: ทดสอบกฎใหม่");
    }

    @Test
    void theRulesSayWhichOfTheDirectorsVersionsDifferFromWhatShips() {
        // a veto no other test names, changed in its description only, so no verdict of another test changes
        String shipped = "LITERALLY-UNDER-THE-TABLE";
        JsonNode rule = json(send("GET", RULES + "/" + shipped, PlatformRoles.DIRECTOR, null));
        assertThat(json(send("GET", RULES, PlatformRoles.DIRECTOR, null)).get("shippedDefaultsDiffering").valueStream()
                .map(JsonNode::asString)).doesNotContain(shipped);

        assertThat(send("PUT", RULES + "/" + shipped, PlatformRoles.DIRECTOR, describedAs(rule, "อธิบายใหม่"))
                .statusCode()).isEqualTo(200);
        assertThat(json(send("GET", RULES, PlatformRoles.AUDITOR, null)).get("shippedDefaultsDiffering").valueStream()
                .map(JsonNode::asString)).contains(shipped);

        assertThat(send("PUT", RULES + "/" + shipped, PlatformRoles.DIRECTOR,
                describedAs(json(send("GET", RULES + "/" + shipped, PlatformRoles.DIRECTOR, null)),
                        rule.get("description").asString())).statusCode()).isEqualTo(200);
        assertThat(json(send("GET", RULES, PlatformRoles.DIRECTOR, null)).get("shippedDefaultsDiffering").valueStream()
                .map(JsonNode::asString)).doesNotContain(shipped);
    }

    @Test
    void aDirectorSignedInAsTheSeedIsRefusedWithAProblemNamingTheFieldAndTheRule() {
        String shipped = "LITERALLY-UNDER-THE-TABLE";
        JsonNode rule = json(send("GET", RULES + "/" + shipped, PlatformRoles.DIRECTOR, null));

        HttpResponse<String> refused = sendAsPerson("PUT", RULES + "/" + shipped, "seed", PlatformRoles.DIRECTOR,
                describedAs(rule, "อธิบายใหม่ในนามระบบ"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(json(refused).get("detail").asString()).contains(shipped, "'seed'");
        assertThat(json(refused).get("violations").valueStream().map(v -> v.get("field").asString() + "/"
                + v.get("rule").asString())).containsExactly("changedBy/reserved-author");
        assertThat(json(send("GET", RULES + "/" + shipped, PlatformRoles.DIRECTOR, null)).get("version").asInt())
                .isEqualTo(rule.get("version").asInt());
    }

    @Test
    void theTrialSaysWhenOnlyTheLearnedSignalTakesATextInAsDoubted() {
        JsonNode unsure = json(send("POST", RULES + "/trial", PlatformRoles.INTAKE_OFFICER,
                "{\"text\": \"นายตรวจเขตขอแบ่งเงินจากร้านค้าทุกสิ้นเดือน\"}"));
        assertThat(unsure.get("inScope").asBoolean()).isTrue();
        assertThat(unsure.get("ruleId").asString()).isEqualTo(LearnedSignal.RULE_ID);
        assertThat(unsure.get("doubted").asBoolean()).isTrue();
        assertThat(unsure.get("score").asDouble()).isBetween(0.5, 1.0);

        JsonNode sure = json(send("POST", RULES + "/trial", PlatformRoles.INTAKE_OFFICER,
                "{\"text\": \"เจ้าหน้าที่เขตเรียกรับเงินใต้โต๊ะ 2,000 บาทเพื่อย้ายชื่อเข้าทะเบียนบ้าน\"}"));
        assertThat(sure.get("inScope").asBoolean()).isTrue();
        assertThat(sure.get("doubted").asBoolean()).isFalse();
    }

    @Test
    void aBadRuleIsA400ProblemNamingTheRuleEachFieldAndTheRuleItBreaks() {
        HttpResponse<String> bad = send("PUT", RULES + "/TEST-BAD-RULE", PlatformRoles.DIRECTOR, """
                {"kind": "COMBINATION", "effect": "IN_SCOPE", "enabled": true,
                 "groups": [["เจ้าหน้าที่"], ["{amount}", "..."]], "window": 1,
                 "reason": "Bad Reason", "description": "ทดสอบ", "changeNote": "ทดสอบ"}
                """);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(bad).get("detail").asString()).contains("TEST-BAD-RULE");
        assertThat(json(bad).get("violations").valueStream().map(v -> v.get("field").asString() + "/"
                + v.get("rule").asString())).containsExactlyInAnyOrder("groups[1][0]/placeholder", "groups[1][1]/word",
                "window/range", "reason/pattern");

        HttpResponse<String> unknownKind = send("PUT", RULES + "/TEST-BAD-RULE", PlatformRoles.DIRECTOR,
                "{\"kind\": \"REGEX\"}");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(send("POST", RULES + "/trial", PlatformRoles.DIRECTOR, "{\"text\": \" \"}").statusCode())
                .isEqualTo(400);
        assertThat(send("GET", RULES + "/TEST-BAD-RULE/versions", PlatformRoles.DIRECTOR, null).statusCode())
                .isEqualTo(404);
    }

    private static String draft(String word, int expectedVersion) {
        return """
                {"kind": "TERM", "effect": "IN_SCOPE", "enabled": true, "groups": [["%s"]],
                 "reason": "test-only", "description": "กฎทดสอบ", "changeNote": "ทดสอบกฎใหม่",
                 "expectedVersion": %d}
                """.formatted(word, expectedVersion);
    }

    /** The rule as it is in force with another description, as the director's next version of it. */
    private static String describedAs(JsonNode rule, String description) {
        ObjectNode draft = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("kind", "effect", "enabled", "groups", "window", "reason")) {
            draft.set(field, rule.get(field));
        }
        return draft.put("description", description).put("changeNote", "ทดสอบคำอธิบาย")
                .put("expectedVersion", rule.get("version").asInt()).toString();
    }

    private static String call(String callId) {
        return """
                {"callId": "%s", "receivedAt": "2026-08-20T10:05:00+07:00", "operatorId": "OP-08",
                 "category": "ทุจริต", "description": "%s", "district": "บางรัก",
                 "caller": {"anonymous": true}}
                """.formatted(callId, SUNDIAL);
    }
}
