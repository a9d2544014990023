package th.bma.anticorruption.routing.store;

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
import org.springframework.stereotype.Component;

import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleAuditEntry;
import th.bma.anticorruption.routing.rules.RuleStore;
import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;

/**
 * Rule versions in MongoDB (collection {@code rules}, one document per version, id {@code ruleId#version}, insert only)
 * and the audit trail of changes ({@code rule_audit}, a hash chain: see {@link HashChain}). Inserting a version that
 * exists fails, so two concurrent changes cannot both become version n+1.
 */
@Component
public class MongoRuleStore implements RuleStore {

    static final String RULES = "rules";
    static final String AUDIT = "rule_audit";

    private final MongoTemplate mongo;
    private final HashChain auditChain;

    public MongoRuleStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.auditChain = new HashChain(mongo.getCollection(AUDIT));
    }

    /** Stores a new version; false if that version of the rule exists already. */
    @Override
    public boolean insert(RoutingRule rule) {
        try {
            mongo.insert(rule, RULES);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void audit(RuleAuditEntry entry) {
        auditChain.append(new Document("_id", entry.id())
                .append("ruleId", entry.ruleId())
                .append("fromVersion", entry.fromVersion())
                .append("toVersion", entry.toVersion())
                .append("changedBy", entry.changedBy())
                .append("changedAt", Date.from(entry.changedAt()))
                .append("changeNote", entry.changeNote()));
    }

    /** Walks the hash chain of the rule audit trail: whether it holds and where it breaks. */
    public ChainVerification verifyAuditTrail() {
        return auditChain.verify();
    }

    @Override
    public boolean isEmpty() {
        return mongo.estimatedCount(RULES) == 0;
    }

    /** The highest version of every rule id. */
    @Override
    public Collection<RoutingRule> latestVersions() {
        Map<String, RoutingRule> latest = mongo.findAll(RoutingRule.class, RULES).stream()
                .collect(Collectors.toMap(RoutingRule::ruleId, Function.identity(),
                        (a, b) -> a.version() >= b.version() ? a : b));
        return latest.values();
    }

    @Override
    public List<RoutingRule> versions(String ruleId) {
        return mongo.find(Query.query(where("ruleId").is(ruleId)).with(Sort.by("version")), RoutingRule.class, RULES);
    }

    @Override
    public Optional<RoutingRule> version(String ruleId, int version) {
        return Optional.ofNullable(mongo.findById(RoutingRule.idOf(ruleId, version), RoutingRule.class, RULES));
    }

    @Override
    public List<RuleAuditEntry> auditTrail() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "changedAt")), RuleAuditEntry.class, AUDIT);
    }
}
