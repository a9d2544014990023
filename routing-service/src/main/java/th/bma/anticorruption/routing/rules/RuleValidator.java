package th.bma.anticorruption.routing.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.routing.directory.UnitKind;
import th.bma.anticorruption.support.web.FieldViolation;

/**
 * Checks a rule, and the table it would make, before it takes effect: a well-formed id, a target that exists in the
 * directory, reasons in both languages, sensible conditions; and a table in which no two enabled rules share a priority
 * and the last enabled rule, and only that one, is a catch-all, so every complaint gets a decision and every rule can
 * apply (a misspelt condition field reads as "no condition", and this is where it is caught).
 */
public final class RuleValidator {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final int MAX_REASON = 500;

    private final Directory directory;

    public RuleValidator(Directory directory) {
        this.directory = directory;
    }

    public List<FieldViolation> validateRule(String ruleId, RuleDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        if (ruleId == null || ruleId.length() > 60 || !RULE_ID.matcher(ruleId).matches()) {
            violations.add(new FieldViolation("ruleId", "pattern", "Upper-case letters, digits and dashes, up to 60."));
        }
        if (draft.priority() == null || draft.priority() < 1 || draft.priority() > 100_000) {
            violations.add(new FieldViolation("priority", "range", "A priority from 1 to 100000 is required."));
        }
        if (draft.enabled() == null) {
            violations.add(new FieldViolation("enabled", "required", "Say whether the rule is enabled."));
        }
        requireText(violations, "reasonTh", draft.reasonTh());
        requireText(violations, "reasonEn", draft.reasonEn());
        requireText(violations, "changeNote", draft.changeNote());
        validateTarget(violations, draft.then());
        validateCondition(violations, draft.when());
        return violations;
    }

    public List<FieldViolation> validateTable(RuleTable table) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<Integer, String> priorities = new HashMap<>();
        for (RoutingRule rule : table.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            String other = priorities.putIfAbsent(rule.priority(), rule.ruleId());
            if (other != null) {
                violations.add(new FieldViolation("priority", "unique",
                        "Enabled rules " + other + " and " + rule.ruleId() + " share priority " + rule.priority() + "."));
            }
        }
        List<RoutingRule> enabled = table.rules().stream().filter(RoutingRule::enabled).toList();
        if (enabled.isEmpty() || !enabled.get(enabled.size() - 1).when().isCatchAll()) {
            violations.add(new FieldViolation("when", "catch-all-last",
                    "The enabled rule with the highest priority number must match every complaint."));
        }
        for (int i = 0; i < enabled.size() - 1; i++) {
            if (enabled.get(i).when().isCatchAll()) {
                violations.add(new FieldViolation("when", "reachable", "Rule " + enabled.get(i).ruleId()
                        + " matches every complaint, so the rules after it would never apply."));
            }
        }
        return violations;
    }

    private void validateTarget(List<FieldViolation> violations, RuleTarget target) {
        if (target == null || target.type() == null) {
            violations.add(new FieldViolation("then.type", "required", "Say where the rule sends a complaint."));
            return;
        }
        if (target.type() != TargetType.DIRECTORY_BODY) {
            if (target.destinationCode() != null) {
                violations.add(new FieldViolation("then.destinationCode", "absent",
                        "Only a DIRECTORY_BODY target names a destination code."));
            }
            return;
        }
        Optional<DirectoryUnit> unit = directory.find(target.destinationCode());
        if (unit.isEmpty()) {
            violations.add(new FieldViolation("then.destinationCode", "directory",
                    "The destination code is not in the unit directory."));
        } else if (unit.get().kind() == UnitKind.DISTRICT_GROUP) {
            violations.add(new FieldViolation("then.destinationCode", "routable",
                    "A district group is not a body complaints are routed to."));
        }
    }

    private static void validateCondition(List<FieldViolation> violations, RuleCondition when) {
        if (when == null) {
            violations.add(new FieldViolation("when", "required", "Give a condition ({} matches every complaint)."));
            return;
        }
        if (when.positionLevels().stream().anyMatch(String::isEmpty)) {
            violations.add(new FieldViolation("when.positionLevels", "not-blank", "A position level cannot be blank."));
        }
        if (when.positionTitles().stream().anyMatch(String::isEmpty)) {
            violations.add(new FieldViolation("when.positionTitles", "not-blank", "A position title cannot be blank."));
        }
        if (when.topics().stream().anyMatch(t -> t == null || t.isBlank())) {
            violations.add(new FieldViolation("when.topics", "not-blank", "A topic cannot be blank."));
        }
        if (when.accusedUnit().stream().anyMatch(Objects::isNull)) {
            violations.add(new FieldViolation("when.accusedUnit", "known-value",
                    "One of NAMED, INFERRED, UNCLEAR, UNKNOWN, NONE."));
        }
        if (when.confidenceBelow() != null && (when.confidenceBelow() <= 0 || when.confidenceBelow() > 1)) {
            violations.add(new FieldViolation("when.confidenceBelow", "range", "A confidence above 0 and at most 1."));
        }
    }

    private static void requireText(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "Required."));
        } else if (value.length() > MAX_REASON) {
            violations.add(new FieldViolation(field, "length", "At most " + MAX_REASON + " characters."));
        }
    }
}
