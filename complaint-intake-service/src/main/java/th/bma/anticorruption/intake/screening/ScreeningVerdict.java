package th.bma.anticorruption.intake.screening;

/**
 * Whether a channel record is about corruption or misconduct, why (a code: {@code bribery}, {@code category},
 * {@code merchant-cheating}, {@code no-corruption-signal}, never the record's text) and which rule decided: the rule
 * that put it in scope, or the trap that vetoed the only words that would have. {@code ruleId} and
 * {@code ruleVersion} are null when no rule decided (no signal at all, or a channel that is not screened).
 */
public record ScreeningVerdict(boolean inScope, String reason, String ruleId, Integer ruleVersion) {

    public static final String NO_SIGNAL = "no-corruption-signal";

    /** In scope without a rule: a channel that only carries complaints about corruption. */
    public static ScreeningVerdict inScope(String reason) {
        return new ScreeningVerdict(true, reason, null, null);
    }

    public static ScreeningVerdict outOfScope() {
        return new ScreeningVerdict(false, NO_SIGNAL, null, null);
    }

    static ScreeningVerdict matched(ScreeningRule rule) {
        return new ScreeningVerdict(true, rule.reason(), rule.ruleId(), rule.version());
    }

    static ScreeningVerdict vetoed(ScreeningRule trap) {
        return new ScreeningVerdict(false, trap.reason(), trap.ruleId(), trap.version());
    }
}
