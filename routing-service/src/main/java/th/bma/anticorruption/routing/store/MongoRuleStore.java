package th.bma.anticorruption.routing.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleAuditEntry;
import th.bma.anticorruption.routing.rules.RuleStore;
import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.rules.VersionedRules;

/**
 * Rule versions in MongoDB (collection {@code rules}, one document per version, insert only) and the audit trail of
 * changes ({@code rule_audit}, a hash chain): see {@link VersionedRules}.
 */
@Component
public class MongoRuleStore implements RuleStore {

    static final String RULES = "rules";
    static final String AUDIT = "rule_audit";

    private final VersionedRules<RoutingRule, RuleAuditEntry> rules;

    public MongoRuleStore(MongoTemplate mongo) {
        this.rules = new VersionedRules<>(mongo, RULES, AUDIT, RoutingRule.class, RuleAuditEntry.class,
                RoutingRule::ruleId, RoutingRule::version, RoutingRule::idOf);
    }

    /** Stores a new version; false if that version of the rule exists already. */
    @Override
    public boolean insert(RoutingRule rule) {
        return rules.insert(rule);
    }

    @Override
    public void audit(RuleAuditEntry entry) {
        rules.audit(entry.id(), entry.ruleId(), entry.fromVersion(), entry.toVersion(), entry.changedBy(),
                entry.changedAt(), entry.changeNote());
    }

    /** Walks the hash chain of the rule audit trail: whether it holds and where it breaks. */
    public ChainVerification verifyAuditTrail() {
        return rules.verifyAuditTrail();
    }

    @Override
    public boolean isEmpty() {
        return rules.count() == 0;
    }

    /** The highest version of every rule id. */
    @Override
    public Collection<RoutingRule> latestVersions() {
        return rules.latestVersions();
    }

    @Override
    public List<RoutingRule> versions(String ruleId) {
        return rules.versions(ruleId);
    }

    @Override
    public Optional<RoutingRule> version(String ruleId, int version) {
        return rules.version(ruleId, version);
    }

    @Override
    public List<RuleAuditEntry> auditTrail() {
        return rules.auditTrail();
    }
}
