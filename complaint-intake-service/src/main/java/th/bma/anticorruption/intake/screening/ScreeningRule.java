package th.bma.anticorruption.intake.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * One version of a screening rule. Versions are immutable: a change is stored as the next version, and the highest
 * version of each rule id is in force. {@code groups} are lists of alternatives: words or phrases as people write them
 * (spaces inside are ignored), or {@code {number}} for any number. {@code window} is, for a COMBINATION, how many
 * words the whole match may span and, for a PHRASE, how many words may stand between one group and the next. {@code reason} is the code a verdict carries (never the record's text).
 * Stored with id {@code ruleId#version}.
 */
public record ScreeningRule(
        String id,
        String ruleId,
        int version,
        RuleKind kind,
        RuleEffect effect,
        boolean enabled,
        List<List<String>> groups,
        Integer window,
        String reason,
        String description,
        Instant createdAt,
        String createdBy,
        String changeNote) {

    /** The placeholder that matches any number, Arabic or Thai digits. */
    public static final String NUMBER = "{number}";

    public static String idOf(String ruleId, int version) {
        return ruleId + "#" + version;
    }

    /** Whether the other version is this rule as written: kind, effect, enabled, words, window, reason, description. */
    public boolean sameContentAs(ScreeningRule other) {
        return kind == other.kind && effect == other.effect && enabled == other.enabled
                && normalised(groups).equals(normalised(other.groups)) && Objects.equals(window, other.window)
                && Objects.equals(reason, other.reason)
                && Objects.equals(stripped(description), stripped(other.description));
    }

    /** The alternatives as stored: NFC, without surrounding spaces. */
    static List<List<String>> normalised(List<List<String>> groups) {
        return groups.stream().map(group -> group.stream().map(ThaiText::normalise).toList()).toList();
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }
}
