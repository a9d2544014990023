package th.bma.anticorruption.intake.screening;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;

/**
 * Screening rule versions in MongoDB (collection {@code screeningRules}, one document per version, id
 * {@code ruleId#version}, insert only) and the audit trail of changes ({@code screeningRuleAudit}, a hash chain: see {@link HashChain}). Inserting a
 * version that exists fails, so two concurrent changes, on one instance or two, cannot both become version n+1.
 */
public class MongoScreeningRuleStore implements ScreeningRuleStore {

    static final String RULES = "screeningRules";
    static final String AUDIT = "screeningRuleAudit";

    private final MongoTemplate mongo;
    private final HashChain auditChain;

    public MongoScreeningRuleStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.auditChain = new HashChain(mongo.getCollection(AUDIT));
    }

    @Override
    public boolean insert(ScreeningRule rule) {
        try {
            mongo.insert(rule, RULES);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void audit(ScreeningRuleAuditEntry entry) {
        auditChain.append(new Document("_id", entry.id())
                .append("ruleId", entry.ruleId())
                .append("fromVersion", entry.fromVersion())
                .append("toVersion", entry.toVersion())
                .append("changedBy", entry.changedBy())
                .append("changedAt", Date.from(entry.changedAt()))
                .append("changeNote", entry.changeNote()));
    }

    /** Walks the hash chain of the screening rule audit trail: whether it holds and where it breaks. */
    public ChainVerification verifyAuditTrail() {
        return auditChain.verify();
    }

    @Override
    public long revision() {
        return mongo.getCollection(RULES).countDocuments();
    }

    @Override
    public Collection<ScreeningRule> latestVersions() {
        Map<String, ScreeningRule> latest = mongo.findAll(ScreeningRule.class, RULES).stream()
                .collect(Collectors.toMap(ScreeningRule::ruleId, Function.identity(),
                        (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values();
    }

    @Override
    public List<ScreeningRule> versions(String ruleId) {
        return mongo.find(Query.query(where("ruleId").is(ruleId)).with(Sort.by("version")), ScreeningRule.class, RULES);
    }

    @Override
    public Optional<ScreeningRule> version(String ruleId, int version) {
        return Optional.ofNullable(mongo.findById(ScreeningRule.idOf(ruleId, version), ScreeningRule.class, RULES));
    }

    @Override
    public List<ScreeningRuleAuditEntry> auditTrail() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "changedAt")), ScreeningRuleAuditEntry.class,
                AUDIT);
    }
}
