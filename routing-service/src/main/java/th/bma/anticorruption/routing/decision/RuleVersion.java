package th.bma.anticorruption.routing.decision;

/** A rule and the version of it that a decision used. */
public record RuleVersion(String ruleId, int version) {
}
