package th.bma.anticorruption.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.security.PlatformRoles;

/** The trail of identity reveals is a hash chain: an entry changed in MongoDB is found by the auditor's check. */
class RevealAuditChainIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String VERIFY = "/api/intake/audit/identity-reveals/verify";

    @Autowired
    private IdentityRevealAudit audit;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void aRevealWhoseReasonWasRewrittenInTheDatabaseIsFoundAtItsPlace() {
        Instant at = Instant.parse("2026-08-21T03:00:00Z");
        audit.append("CMP-R1", "confidentiality", "คณะอนุกรรมการขอสัมภาษณ์ผู้ร้องในเรื่องที่ 1", at);
        IdentityRevealAudit.Entry second = audit.append("CMP-R2", "confidentiality",
                "คณะอนุกรรมการขอสัมภาษณ์ผู้ร้องในเรื่องที่ 2", at.plusSeconds(60));
        audit.append("CMP-R3", "confidentiality", "คณะอนุกรรมการขอสัมภาษณ์ผู้ร้องในเรื่องที่ 3", at.plusSeconds(120));
        JsonNode before = verify();
        assertThat(before.path("intact").asBoolean()).isTrue();
        assertThat(before.path("trail").asString()).isEqualTo(IdentityRevealAudit.COLLECTION);

        var entries = mongo.getCollection(IdentityRevealAudit.COLLECTION);
        Document stored = entries.find(Filters.eq("_id", second.entryId())).first();
        long place = stored.get(HashChain.SEQUENCE, Number.class).longValue();
        entries.updateOne(Filters.eq("_id", second.entryId()), Updates.set("reason", "ตรวจสอบตามปกติ"));
        try {
            JsonNode after = verify();
            assertThat(after.path("intact").asBoolean()).isFalse();
            assertThat(after.path("breaks")).hasSize(1);
            assertThat(after.path("breaks").get(0).path("sequence").asLong()).isEqualTo(place);
            assertThat(after.path("breaks").get(0).path("entryId").asString()).isEqualTo(second.entryId());
            assertThat(after.path("breaks").get(0).path("problem").asString()).isEqualTo("ENTRY_ALTERED");
            HttpResponse<String> trail = send("GET", "/api/intake/audit/identity-reveals", PlatformRoles.AUDITOR, null);
            assertThat(json(trail)).anySatisfy(entry ->
                    assertThat(entry.path("entryId").asString()).isEqualTo(second.entryId()));
        } finally {
            // other test classes share this database
            entries.updateOne(Filters.eq("_id", second.entryId()), Updates.set("reason", stored.getString("reason")));
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
        assertThat(send("GET", VERIFY, PlatformRoles.CONFIDENTIALITY_OFFICER, null).statusCode()).isEqualTo(403);
    }

    private JsonNode verify() {
        HttpResponse<String> answer = send("GET", VERIFY, PlatformRoles.AUDITOR, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }
}
