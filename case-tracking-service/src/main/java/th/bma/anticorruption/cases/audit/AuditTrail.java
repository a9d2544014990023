package th.bma.anticorruption.cases.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;

/**
 * The append-only {@code case_audit} collection: every change of a case and every read of its sensitive fields.
 * It offers appending, reading and verifying only; nothing updates or deletes an entry, and the entries form a hash
 * chain ({@link HashChain}), so an entry changed or removed in the database shows where it was done.
 */
@Component
public class AuditTrail implements InitializingBean {

    public static final String SYSTEM = "system";
    static final String AUDIT = "case_audit";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final HashChain chain;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.chain = new HashChain(mongo.getCollection(AUDIT));
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(AUDIT).createIndex(new Index("caseId", Sort.Direction.ASC).named("case"));
    }

    public void record(String caseId, String actor, String action, String fromState, String toState, String detail) {
        record(new Entry(caseId, actor, action, fromState, toState, detail));
    }

    public void record(Entry entry) {
        chain.append(document(entry));
    }

    /** Appends several entries in order with one write (a consumer's batch). */
    public void recordAll(List<Entry> entries) {
        if (!entries.isEmpty()) {
            chain.appendAll(entries.stream().map(this::document).toList());
        }
    }

    /** What one entry says: who did what to which case, from which state to which. */
    public record Entry(String caseId, String actor, String action, String fromState, String toState, String detail) {
    }

    private Document document(Entry entry) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("caseId", entry.caseId())
                .append("at", Date.from(clock.instant()))
                .append("actor", entry.actor())
                .append("action", entry.action())
                .append("fromState", entry.fromState())
                .append("toState", entry.toState())
                .append("detail", entry.detail());
    }

    /** The case's entries in the order they were made (entries of one instant in their order in the chain). */
    public List<AuditEntry> of(String caseId) {
        return mongo.find(query(where("caseId").is(caseId)).with(Sort.by("at", HashChain.SEQUENCE, "_id")),
                AuditEntry.class, AUDIT);
    }

    /** Walks the whole trail's chain: whether it holds and where it breaks. */
    public ChainVerification verify() {
        return chain.verify();
    }
}
