package th.bma.anticorruption.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * The case audit trail is a hash chain: the auditor's check finds an entry changed directly in MongoDB at its place,
 * and the trail's ordinary reads are as they were.
 */
class AuditChainIntegrationTest extends CaseTrackingIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anEntryChangedInTheDatabaseIsFoundByTheAuditorsCheckAtItsPlace() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        mvc.perform(as(get("/api/cases/{id}", caseId), PlatformRoles.INVESTIGATOR)).andExpect(status().isOk());

        JsonNode before = verify();
        assertThat(before.path("intact").asBoolean()).isTrue();
        assertThat(before.path("trail").asString()).isEqualTo(AuditTrail.AUDIT);
        assertThat(before.path("entries").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(before.path("head").path("hash").asString()).hasSize(64);

        Document read = mongo.findOne(query(where("caseId").is(caseId).and("action").is("READ_SENSITIVE_FIELDS")),
                Document.class, AuditTrail.AUDIT);
        long place = read.get(HashChain.SEQUENCE, Number.class).longValue();
        mongo.updateFirst(query(where("_id").is(read.get("_id"))), Update.update("actor", "nobody"),
                AuditTrail.AUDIT);
        try {
            JsonNode after = verify();
            assertThat(after.path("intact").asBoolean()).isFalse();
            assertThat(after.path("breaks")).hasSize(1);
            assertThat(after.path("breaks").get(0).path("sequence").asLong()).isEqualTo(place);
            assertThat(after.path("breaks").get(0).path("entryId").asString()).isEqualTo(read.getString("_id"));
            assertThat(after.path("breaks").get(0).path("problem").asString()).isEqualTo("ENTRY_ALTERED");
            mvc.perform(as(get("/api/cases/{id}/audit", caseId), PlatformRoles.AUDITOR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.action == 'CASE_OPENED')]").exists())
                    .andExpect(jsonPath("$[?(@.action == 'READ_SENSITIVE_FIELDS')].actor").value("nobody"));
        } finally {
            // other test classes share this database
            mongo.updateFirst(query(where("_id").is(read.get("_id"))), Update.update("actor", "investigator"),
                    AuditTrail.AUDIT);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsAndTheDirectorRunTheCheck() throws Exception {
        mvc.perform(as(get("/api/cases/audit/verify"), PlatformRoles.DIRECTOR)).andExpect(status().isOk());
        mvc.perform(as(get("/api/cases/audit/verify"), PlatformRoles.INVESTIGATOR)).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases/audit/verify"), "pathumwan-officer", PlatformRoles.UNIT_OFFICER,
                "DISTRICT-1007")).andExpect(status().isForbidden());
    }

    private JsonNode verify() throws Exception {
        String body = mvc.perform(as(get("/api/cases/audit/verify"), PlatformRoles.AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }
}
