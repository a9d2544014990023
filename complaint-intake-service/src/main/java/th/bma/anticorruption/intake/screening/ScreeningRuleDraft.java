package th.bma.anticorruption.intake.screening;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A screening rule as the director writes it; stored as the next version of its rule id once valid.
 * {@code expectedVersion}, when given, must be the version in force (0 for a new rule), so two directors cannot
 * overwrite each other's change.
 */
public record ScreeningRuleDraft(
        @Schema(description = "CATEGORY, TERM, PHRASE, COMBINATION or WITHOUT (a VETO of the whole record)") RuleKind kind,
        @Schema(description = "IN_SCOPE, or VETO for a trap or a negation") RuleEffect effect,
        Boolean enabled,
        @Schema(description = "Groups of alternatives: one group for CATEGORY and TERM, two to six for PHRASE and "
                + "COMBINATION, two or three for WITHOUT; {number} matches any number") List<List<String>> groups,
        @Schema(description = "COMBINATION: how many words the whole match may span (at least the number of groups, "
                + "at most 60); PHRASE: how many words may stand between one group and the next (0-60); WITHOUT with "
                + "three groups: how many words the third may stand from the first and still not count (0-60)")
                Integer window,
        @Schema(description = "The code a verdict carries, e.g. bribery") String reason,
        @Schema(description = "What the rule catches, for the people who read the rules") String description,
        @Schema(description = "Why the rule changes; kept in the audit trail") String changeNote,
        @Schema(description = "The version in force that this draft replaces (0 for a new rule)") Integer expectedVersion) {
}
