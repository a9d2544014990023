package th.bma.anticorruption.intake.screening;

import java.time.Instant;

/** Who changed which screening rule from which version to which, when and why. Stored once, never changed. */
public record ScreeningRuleAuditEntry(String id, String ruleId, int fromVersion, int toVersion, String changedBy,
        Instant changedAt, String changeNote) {
}
