package th.bma.anticorruption.intake.screening;

/**
 * Whether a channel record is about corruption or misconduct, why (a code: {@code bribery}, {@code category},
 * {@code merchant-cheating}, {@code learned-signal}, {@code no-corruption-signal}, never the record's text) and which
 * rule decided: the rule that put it in scope, the trap that vetoed the only words that would have, or
 * {@value LearnedSignal#RULE_ID} with the model's {@code score} (0 to 1) and the {@code threshold} it reached when no
 * rule took the record in and the learned signal did. Such a record is {@link #doubted()}: in scope, but screening was
 * unsure of it, and so is a record only a {@link RuleEffect#DOUBTED DOUBTED} rule took in (words that signal
 * corruption, but no accused BMA official or unit beside them), and so is a record an IN_SCOPE rule took in that the
 * learned signal scored below its second-look floor ({@link #secondLook}: the rule, the score and the floor as
 * {@code threshold}). {@code ruleId} and {@code ruleVersion} are null when nothing decided (no signal at all, or a
 * channel that is not screened); {@code score} and {@code threshold} are null unless the learned signal decided or
 * took its second look.
 *
 * @param doubted in scope, but screening was unsure: intake accepts the record as a complaint marked as doubted, and
 *                routing sends it to the centre's triage rather than straight to a destination
 */
public record ScreeningVerdict(boolean inScope, String reason, String ruleId, Integer ruleVersion, Double score,
        Double threshold, boolean doubted) {

    public static final String NO_SIGNAL = "no-corruption-signal";

    /** In scope without a rule: a channel that only carries complaints about corruption. */
    public static ScreeningVerdict inScope(String reason) {
        return new ScreeningVerdict(true, reason, null, null, null, null, false);
    }

    public static ScreeningVerdict outOfScope() {
        return new ScreeningVerdict(false, NO_SIGNAL, null, null, null, null, false);
    }

    static ScreeningVerdict matched(ScreeningRule rule) {
        return new ScreeningVerdict(true, rule.reason(), rule.ruleId(), rule.version(), null, null,
                rule.effect() == RuleEffect.DOUBTED);
    }

    static ScreeningVerdict vetoed(ScreeningRule trap) {
        return new ScreeningVerdict(false, trap.reason(), trap.ruleId(), trap.version(), null, null, false);
    }

    /** This rule's verdict sent to triage: the learned signal scored the record {@code score}, below {@code floor}. */
    ScreeningVerdict secondLook(double score, double floor) {
        return new ScreeningVerdict(inScope, reason, ruleId, ruleVersion, score, floor, true);
    }

    /** Whether the learned signal took a second look at a rule's verdict and sent the record to triage. */
    public boolean secondLooked() {
        return doubted && score != null && !LearnedSignal.RULE_ID.equals(ruleId);
    }

    static ScreeningVerdict learned(double score, double threshold) {
        return new ScreeningVerdict(true, LearnedSignal.REASON, LearnedSignal.RULE_ID, null, score, threshold, true);
    }
}
