package th.bma.anticorruption.routing.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where rule versions and the audit trail of their changes are kept. Versions are only ever added. */
public interface RuleStore {

    /** Stores a new version; false if that version of the rule exists already. */
    boolean insert(RoutingRule rule);

    void audit(RuleAuditEntry entry);

    boolean isEmpty();

    /** The highest version of every rule id. */
    Collection<RoutingRule> latestVersions();

    List<RoutingRule> versions(String ruleId);

    Optional<RoutingRule> version(String ruleId, int version);

    /** Newest first. */
    List<RuleAuditEntry> auditTrail();
}
