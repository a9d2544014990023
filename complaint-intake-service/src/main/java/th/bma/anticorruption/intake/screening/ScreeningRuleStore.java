package th.bma.anticorruption.intake.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where screening rule versions and the audit trail of their changes are kept. Versions are only ever added. */
public interface ScreeningRuleStore {

    /** Stores a new version; false if that version of the rule exists already. */
    boolean insert(ScreeningRule rule);

    void audit(ScreeningRuleAuditEntry entry);

    /**
     * How many versions are stored, of all rules: it grows with every change, whoever made it, so an instance that
     * holds the rule set of revision {@code n} knows it is current while the store still says {@code n}.
     */
    long revision();

    /** The highest version of every rule id. */
    Collection<ScreeningRule> latestVersions();

    /** Oldest first. */
    List<ScreeningRule> versions(String ruleId);

    Optional<ScreeningRule> version(String ruleId, int version);

    /** Newest first. */
    List<ScreeningRuleAuditEntry> auditTrail();
}
