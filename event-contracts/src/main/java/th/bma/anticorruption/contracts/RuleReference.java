package th.bma.anticorruption.contracts;

/** The routing rule (and its version) that made a decision, with the reason in Thai and English. */
public record RuleReference(String ruleId, int ruleVersion, String reasonTh, String reasonEn) {
}
