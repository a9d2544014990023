package th.bma.anticorruption.routing.rules;

import java.time.Instant;

/** Who changed which rule from which version to which, when and why. Stored once, never changed. */
public record RuleAuditEntry(String id, String ruleId, int fromVersion, int toVersion, String changedBy,
        Instant changedAt, String changeNote) {
}
