package th.bma.anticorruption.routing.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a routing rule. Versions are immutable: a change is stored as the next version, and the highest
 * version of each rule id is in force. Rules are tried by ascending {@code priority}; the first that matches decides.
 * The reasons may use {@code {destination}}, {@code {level}}, {@code {position}}, {@code {lineOfWork}} and
 * {@code {confidence}}. Stored with id {@code ruleId#version}.
 */
public record RoutingRule(
        String id,
        String ruleId,
        int version,
        int priority,
        boolean enabled,
        RuleCondition when,
        RuleTarget then,
        String reasonTh,
        String reasonEn,
        Instant createdAt,
        String createdBy,
        String changeNote) {

    public static String idOf(String ruleId, int version) {
        return ruleId + "#" + version;
    }

    /** Whether the other version is this rule as written: priority, enabled, condition, target and reasons. */
    public boolean sameContentAs(RoutingRule other) {
        return priority == other.priority && enabled == other.enabled && Objects.equals(when, other.when)
                && Objects.equals(then, other.then) && Objects.equals(stripped(reasonTh), stripped(other.reasonTh))
                && Objects.equals(stripped(reasonEn), stripped(other.reasonEn));
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }
}
