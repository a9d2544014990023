package th.bma.anticorruption.intake.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.rules.VersionedRules;

/**
 * Screening rule versions in MongoDB (collection {@code screeningRules}, one document per version, insert only) and
 * the audit trail of changes ({@code screeningRuleAudit}, a hash chain): see {@link VersionedRules}.
 */
public class MongoScreeningRuleStore implements ScreeningRuleStore {

    static final String RULES = "screeningRules";
    static final String AUDIT = "screeningRuleAudit";

    private final VersionedRules<ScreeningRule, ScreeningRuleAuditEntry> rules;

    public MongoScreeningRuleStore(MongoTemplate mongo) {
        this.rules = new VersionedRules<>(mongo, RULES, AUDIT, ScreeningRule.class, ScreeningRuleAuditEntry.class,
                ScreeningRule::ruleId, ScreeningRule::version, ScreeningRule::idOf);
    }

    @Override
    public boolean insert(ScreeningRule rule) {
        return rules.insert(rule);
    }

    @Override
    public void audit(ScreeningRuleAuditEntry entry) {
        rules.audit(entry.id(), entry.ruleId(), entry.fromVersion(), entry.toVersion(), entry.changedBy(),
                entry.changedAt(), entry.changeNote());
    }

    /** Walks the hash chain of the screening rule audit trail: whether it holds and where it breaks. */
    public ChainVerification verifyAuditTrail() {
        return rules.verifyAuditTrail();
    }

    @Override
    public long revision() {
        return rules.count();
    }

    @Override
    public Collection<ScreeningRule> latestVersions() {
        return rules.latestVersions();
    }

    @Override
    public List<ScreeningRule> versions(String ruleId) {
        return rules.versions(ruleId);
    }

    @Override
    public Optional<ScreeningRule> version(String ruleId, int version) {
        return rules.version(ruleId, version);
    }

    @Override
    public List<ScreeningRuleAuditEntry> auditTrail() {
        return rules.auditTrail();
    }
}
