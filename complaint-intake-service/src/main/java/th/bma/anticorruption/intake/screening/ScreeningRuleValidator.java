package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import th.bma.anticorruption.support.web.FieldViolation;

/**
 * Checks a screening rule, and the rule set it would make, before it takes effect: a well-formed id and reason code,
 * the number of groups its kind needs, an effect its kind allows, alternatives that are words (or {@code {number}}), a
 * window that can hold the groups, a description and a change note; and a set that still screens texts (at least one
 * enabled IN_SCOPE text rule) and stays cheap to screen with.
 */
public final class ScreeningRuleValidator {

    static final int MAX_ALTERNATIVES = 10_000;
    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern REASON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final int MAX_GROUPS = 6;
    private static final int MAX_GROUP_SIZE = 300;
    private static final int MAX_ALTERNATIVE = 100;
    private static final int MAX_WINDOW = 60;
    private static final int MAX_TEXT = 500;

    public List<FieldViolation> validateRule(String ruleId, ScreeningRuleDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        if (ruleId == null || ruleId.length() > 60 || !RULE_ID.matcher(ruleId).matches()) {
            violations.add(new FieldViolation("ruleId", "pattern", "Upper-case letters, digits and dashes, up to 60."));
        }
        if (draft.kind() == null) {
            violations.add(new FieldViolation("kind", "required", "CATEGORY, TERM, PHRASE, COMBINATION or WITHOUT."));
        }
        if (draft.effect() == null) {
            violations.add(new FieldViolation("effect", "required",
                    "IN_SCOPE, DOUBTED (in scope, to triage), or VETO for a trap or a negation."));
        } else if (draft.kind() == RuleKind.CATEGORY && draft.effect() != RuleEffect.IN_SCOPE) {
            violations.add(new FieldViolation("effect", "category-in-scope",
                    "A CATEGORY rule puts a Traffy tag in scope; traps are text rules."));
        } else if (draft.kind() == RuleKind.WITHOUT && draft.effect() != RuleEffect.VETO) {
            violations.add(new FieldViolation("effect", "without-veto",
                    "A WITHOUT rule vetoes a whole record that names its first group and not its second."));
        }
        if (draft.enabled() == null) {
            violations.add(new FieldViolation("enabled", "required", "Say whether the rule is enabled."));
        }
        validateGroups(violations, draft.kind(), draft.groups());
        validateWindow(violations, draft.kind(), draft.window(), draft.groups());
        if (draft.reason() == null || draft.reason().length() > 60 || !REASON.matcher(draft.reason()).matches()) {
            violations.add(new FieldViolation("reason", "pattern",
                    "A code of lower-case letters, digits and dashes, up to 60, e.g. bribery."));
        }
        requireText(violations, "description", draft.description());
        requireText(violations, "changeNote", draft.changeNote());
        if (draft.expectedVersion() != null && draft.expectedVersion() < 0) {
            violations.add(new FieldViolation("expectedVersion", "range", "0 for a new rule, else the version in force."));
        }
        return violations;
    }

    public List<FieldViolation> validateSet(Collection<ScreeningRule> rules) {
        List<FieldViolation> violations = new ArrayList<>();
        boolean screensText = rules.stream().anyMatch(r -> r.enabled() && r.effect() != RuleEffect.VETO
                && r.kind().readsText());
        if (!screensText) {
            violations.add(new FieldViolation("enabled", "screens-text",
                    "At least one enabled IN_SCOPE or DOUBTED text rule must remain, or every 1555 call and untagged Traffy "
                            + "ticket would be out of scope."));
        }
        long alternatives = rules.stream().filter(ScreeningRule::enabled)
                .mapToLong(r -> r.groups().stream().mapToLong(List::size).sum()).sum();
        if (alternatives > MAX_ALTERNATIVES) {
            violations.add(new FieldViolation("groups", "set-size", "The enabled rules would hold " + alternatives
                    + " alternatives; at most " + MAX_ALTERNATIVES + " keep screening cheap."));
        }
        return violations;
    }

    private static void validateGroups(List<FieldViolation> violations, RuleKind kind, List<List<String>> groups) {
        if (groups == null || groups.isEmpty()) {
            violations.add(new FieldViolation("groups", "required", "At least one group of alternatives."));
            return;
        }
        if (kind == RuleKind.TERM || kind == RuleKind.CATEGORY) {
            if (groups.size() != 1) {
                violations.add(new FieldViolation("groups", "one-group", "A " + kind + " rule has exactly one group."));
            }
        } else if (kind == RuleKind.WITHOUT) {
            if (groups.size() != 2 && groups.size() != 3) {
                violations.add(new FieldViolation("groups", "two-groups",
                        "A WITHOUT rule has two or three groups: what it names, what must not be named with it, and "
                                + "what must not be named further than its window from it."));
            }
        } else if (kind != null && (groups.size() < 2 || groups.size() > MAX_GROUPS)) {
            violations.add(new FieldViolation("groups", "group-count",
                    "A " + kind + " rule has 2 to " + MAX_GROUPS + " groups."));
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            String field = "groups[" + g + "]";
            if (group == null || group.isEmpty() || group.size() > MAX_GROUP_SIZE) {
                violations.add(new FieldViolation(field, "size", "1 to " + MAX_GROUP_SIZE + " alternatives."));
                continue;
            }
            if (kind == RuleKind.TERM && group.stream().allMatch(ScreeningRule.NUMBER::equals)) {
                violations.add(new FieldViolation(field, "number-alone",
                        "A term of only {number} would put every text with a number in scope."));
            }
            for (int a = 0; a < group.size(); a++) {
                validateAlternative(violations, kind, field + "[" + a + "]", group.get(a));
            }
        }
    }

    private static void validateAlternative(List<FieldViolation> violations, RuleKind kind, String field,
            String alternative) {
        String value = alternative == null ? "" : alternative.strip();
        if (value.isEmpty()) {
            violations.add(new FieldViolation(field, "required", "An alternative cannot be blank."));
        } else if (value.length() > MAX_ALTERNATIVE) {
            violations.add(new FieldViolation(field, "max-length", "At most " + MAX_ALTERNATIVE + " characters."));
        } else if (kind == RuleKind.CATEGORY) {
            return;
        } else if (PLACEHOLDER.matcher(value).find() && !ScreeningRule.NUMBER.equals(value)) {
            violations.add(new FieldViolation(field, "placeholder", "The only placeholder is {number}, on its own."));
        } else if (value.codePoints().noneMatch(Character::isLetterOrDigit) && !ScreeningRule.NUMBER.equals(value)) {
            violations.add(new FieldViolation(field, "word", "An alternative needs at least one letter or digit."));
        }
    }

    private static void validateWindow(List<FieldViolation> violations, RuleKind kind, Integer window,
            List<List<String>> groups) {
        boolean threeGroupWithout = kind == RuleKind.WITHOUT && groups != null && groups.size() == 3;
        boolean needsWindow = kind == RuleKind.PHRASE || kind == RuleKind.COMBINATION || threeGroupWithout;
        if (!needsWindow) {
            if (window != null) {
                violations.add(new FieldViolation("window", "absent",
                        "Only PHRASE, COMBINATION and three-group WITHOUT rules have a window."));
            }
            return;
        }
        int minimum = kind == RuleKind.COMBINATION ? Math.max(2, groups == null ? 2 : groups.size()) : 0;
        if (window == null || window < minimum || window > MAX_WINDOW) {
            violations.add(new FieldViolation("window", "range", kind == RuleKind.PHRASE
                    ? "A phrase's window is the words allowed between its parts: 0 to " + MAX_WINDOW + "."
                    : kind == RuleKind.WITHOUT
                            ? "A WITHOUT rule's window is the words allowed between what it names and a general word: 0 to "
                                    + MAX_WINDOW + "."
                            : "A window of " + minimum + " to " + MAX_WINDOW + " words, enough to hold every group."));
        }
    }

    private static void requireText(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "Required."));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new FieldViolation(field, "max-length", "At most " + MAX_TEXT + " characters."));
        }
    }
}
