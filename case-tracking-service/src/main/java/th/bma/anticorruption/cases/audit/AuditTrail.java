package th.bma.anticorruption.cases.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The append-only {@code case_audit} collection: every change of a case and every read of its sensitive fields.
 * It offers appending and reading only; nothing updates or deletes an entry.
 */
@Component
public class AuditTrail implements InitializingBean {

    public static final String SYSTEM = "system";
    static final String AUDIT = "case_audit";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(AUDIT).createIndex(new Index("caseId", Sort.Direction.ASC).named("case"));
    }

    public void record(String caseId, String actor, String action, String fromState, String toState, String detail) {
        mongo.insert(new AuditEntry(UUID.randomUUID().toString(), caseId, clock.instant(), actor, action, fromState,
                toState, detail), AUDIT);
    }

    public List<AuditEntry> of(String caseId) {
        return mongo.find(query(where("caseId").is(caseId)).with(Sort.by("at", "_id")), AuditEntry.class, AUDIT);
    }
}
