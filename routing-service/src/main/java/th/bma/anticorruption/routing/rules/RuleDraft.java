package th.bma.anticorruption.routing.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A rule as the director writes it; stored as the next version of its rule id once valid.
 * {@code expectedVersion}, when given, must be the version in force (so two directors cannot overwrite each other).
 */
public record RuleDraft(
        Integer priority,
        Boolean enabled,
        RuleCondition when,
        RuleTarget then,
        String reasonTh,
        String reasonEn,
        @Schema(description = "Why the rule changes; kept in the audit trail") String changeNote,
        @Schema(description = "The version in force that this draft replaces (0 for a new rule)") Integer expectedVersion) {
}
