package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.bma.anticorruption.routing.rules.RuleCondition;
import th.bma.anticorruption.routing.rules.RuleDraft;
import th.bma.anticorruption.routing.rules.RuleTarget;
import th.bma.anticorruption.routing.rules.TargetType;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/** The rule audit trail is a hash chain: the auditor's check finds an entry changed in MongoDB at its place. */
class RuleAuditChainIntegrationTest extends RoutingIntegrationTestSupport {

    private static final String AUDIT = "rule_audit";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRuleChangeAlteredInTheDatabaseIsFoundAtItsPlaceAndTheTrailStillReads() {
        // a disabled rule of its own, so no decision of another test changes
        String rule = "AUDIT-CHECK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        for (int version = 0; version < 3; version++) {
            assertThat(put("/api/routing/rules/" + rule, token(PlatformRoles.DIRECTOR), draft(version)).status())
                    .isEqualTo(200);
        }
        JsonNode before = get("/api/routing/rules/audit/verify", token(PlatformRoles.AUDITOR)).body();
        assertThat(before.path("intact").asBoolean()).isTrue();
        assertThat(before.path("entries").asLong()).isGreaterThanOrEqualTo(3);

        Document second = mongo.findOne(Query.query(Criteria.where("ruleId").is(rule).and("toVersion").is(2)),
                Document.class, AUDIT);
        long place = second.get(HashChain.SEQUENCE, Number.class).longValue();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(second.get("_id"))),
                Update.update("changedBy", "somebody-else"), AUDIT);
        try {
            JsonNode after = get("/api/routing/rules/audit/verify", token(PlatformRoles.AUDITOR)).body();
            assertThat(after.path("intact").asBoolean()).isFalse();
            assertThat(after.path("breaks")).hasSize(1);
            assertThat(after.path("breaks").get(0).path("sequence").asLong()).isEqualTo(place);
            assertThat(after.path("breaks").get(0).path("problem").asString()).isEqualTo("ENTRY_ALTERED");
            assertThat(get("/api/routing/rules/audit", token(PlatformRoles.DIRECTOR)).body())
                    .filteredOn(entry -> rule.equals(entry.path("ruleId").asString()))
                    .extracting(entry -> entry.path("toVersion").asInt()).containsExactlyInAnyOrder(1, 2, 3);
        } finally {
            // other test classes share this database
            mongo.updateFirst(Query.query(Criteria.where("_id").is(second.get("_id"))),
                    Update.update("changedBy", "director-client"), AUDIT);
        }
        assertThat(get("/api/routing/rules/audit/verify", token(PlatformRoles.DIRECTOR)).body()
                .path("intact").asBoolean()).isTrue();
        assertThat(get("/api/routing/rules/audit/verify", token(PlatformRoles.INVESTIGATOR)).status()).isEqualTo(403);
    }

    private static RuleDraft draft(int expectedVersion) {
        return new RuleDraft(9000 + expectedVersion, false, new RuleCondition(null, null, null, List.of("EDUCATION"),
                null, null, null), new RuleTarget(TargetType.DIRECTORY_BODY, "WG-1"), "ทดสอบบันทึกการแก้ไขกฎ",
                "Audit trail check", "ทดสอบครั้งที่ " + expectedVersion, expectedVersion);
    }
}
