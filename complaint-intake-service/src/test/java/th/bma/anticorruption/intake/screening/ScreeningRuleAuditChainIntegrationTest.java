package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.security.PlatformRoles;

/** The screening rule audit trail is a hash chain: the auditor's check finds an entry changed in MongoDB at its place. */
class ScreeningRuleAuditChainIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String RULES = "/api/intake/screening-rules";
    private static final String VERIFY = RULES + "/audit/verify";
    private static final String AUDIT = "screeningRuleAudit";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void aScreeningRuleChangeAlteredInTheDatabaseIsFoundAtItsPlaceAndTheTrailStillReads() {
        // a disabled rule of its own, so no verdict of another test changes
        String rule = "AUDIT-CHECK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        for (int version = 0; version < 3; version++) {
            assertThat(send("PUT", RULES + "/" + rule, PlatformRoles.DIRECTOR, draft(version)).statusCode())
                    .isIn(200, 201);
        }
        JsonNode before = json(send("GET", VERIFY, PlatformRoles.AUDITOR, null));
        assertThat(before.path("trail").asString()).isEqualTo(AUDIT);
        assertThat(before.path("intact").asBoolean()).isTrue();
        assertThat(before.path("entries").asLong()).isGreaterThanOrEqualTo(3);

        Document second = mongo.findOne(Query.query(Criteria.where("ruleId").is(rule).and("toVersion").is(2)),
                Document.class, AUDIT);
        long place = second.get(HashChain.SEQUENCE, Number.class).longValue();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(second.get("_id"))),
                Update.update("changeNote", "แก้ย้อนหลัง"), AUDIT);
        try {
            JsonNode after = json(send("GET", VERIFY, PlatformRoles.AUDITOR, null));
            assertThat(after.path("intact").asBoolean()).isFalse();
            assertThat(after.path("breaks")).hasSize(1);
            assertThat(after.path("breaks").get(0).path("sequence").asLong()).isEqualTo(place);
            assertThat(after.path("breaks").get(0).path("entryId").asString()).isEqualTo(second.get("_id"));
            assertThat(after.path("breaks").get(0).path("problem").asString()).isEqualTo("ENTRY_ALTERED");
            assertThat(json(send("GET", RULES + "/audit", PlatformRoles.AUDITOR, null)).valueStream()
                    .filter(entry -> rule.equals(entry.path("ruleId").asString()))
                    .map(entry -> entry.path("toVersion").asInt())).containsExactlyInAnyOrder(1, 2, 3);
        } finally {
            // other test classes share this database
            mongo.updateFirst(Query.query(Criteria.where("_id").is(second.get("_id"))),
                    Update.update("changeNote", second.getString("changeNote")), AUDIT);
        }
        assertThat(json(send("GET", VERIFY, PlatformRoles.DIRECTOR, null)).path("intact").asBoolean()).isTrue();
        assertThat(send("GET", VERIFY, PlatformRoles.INTAKE_OFFICER, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", VERIFY, PlatformRoles.CHANNEL_ADAPTER, null).statusCode()).isEqualTo(403);
    }

    private static String draft(int expectedVersion) {
        return """
                {"kind": "TERM", "effect": "IN_SCOPE", "enabled": false, "groups": [["บันทึกตรวจสอบ%d"]],
                 "reason": "test-only", "description": "กฎทดสอบบันทึกการแก้ไข", "changeNote": "ทดสอบครั้งที่ %d",
                 "expectedVersion": %d}
                """.formatted(expectedVersion, expectedVersion, expectedVersion);
    }
}
