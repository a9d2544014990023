package th.bma.anticorruption.intake.screening;

import java.time.Instant;
import java.util.Collection;

/**
 * Decides whether a channel record is about corruption or official misconduct, by the screening rules in force
 * ({@link ScreeningRuleSet}). The rule book swaps in a new rule set when the rules change; a screening in progress
 * finishes with the set it started with.
 */
public class CorruptionScreening {

    private volatile ScreeningRuleSet rules;

    public CorruptionScreening(ScreeningRuleSet rules) {
        this.rules = rules;
    }

    /** Screening by the default rules as shipped ({@code screening/default-rules.json}), without a store. */
    public static CorruptionScreening withDefaultRules() {
        return new CorruptionScreening(ScreeningRuleSet.of(0, ScreeningRuleSeed.loadDefault(Instant.EPOCH)));
    }

    /** Screens a record: its channel categories (Traffy tags; none for other channels) and its text. */
    public ScreeningVerdict screen(Collection<String> categories, String text) {
        return rules.screen(categories, text);
    }

    public ScreeningRuleSet inForce() {
        return rules;
    }

    void use(ScreeningRuleSet next) {
        this.rules = next;
    }
}
