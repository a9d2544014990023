package th.bma.anticorruption.intake.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether a channel record is about corruption or official misconduct, by the screening rules in force
 * ({@link ScreeningRuleSet}) and, where they decide nothing, by the learned signal ({@link LearnedSignal}) if there
 * is one: a veto or an in-scope rule decides first; a record no rule decided is in scope when the learned signal's
 * score reaches its threshold and no VETO rule matches its text, and the verdict then names
 * {@value LearnedSignal#RULE_ID} and the score and is {@link ScreeningVerdict#doubted() doubted}: intake accepts it,
 * marked so that routing sends it to triage. A record an IN_SCOPE text rule takes straight through is doubted too when
 * the learned signal scores it below its {@link LearnedSignal#secondLookFloor() second-look floor}: the verdict still
 * names the rule, with the score and the floor (a Traffy tag is the citizen's own word and is never second-guessed).
 * The rule book swaps in a new rule set when the rules change; a
 * screening in progress finishes with the set it started with.
 */
public class CorruptionScreening {

    private volatile ScreeningRuleSet rules;
    private final LearnedSignal learned;

    public CorruptionScreening(ScreeningRuleSet rules) {
        this(rules, null);
    }

    /** Screening by the rules and, where they decide nothing, the learned signal ({@code null}: the rules alone). */
    public CorruptionScreening(ScreeningRuleSet rules, LearnedSignal learned) {
        this.rules = rules;
        this.learned = learned;
    }

    /** Screening by the default rules as shipped ({@code screening/default-rules.json}), without a store. */
    public static CorruptionScreening withDefaultRules() {
        return new CorruptionScreening(defaultRules());
    }

    /** Screening by the default rules as shipped and the learned signal trained on the shipped examples. */
    public static CorruptionScreening withDefaultRulesAndLearnedSignal() {
        return new CorruptionScreening(defaultRules(), LearnedSignal.trainedOnShippedExamples());
    }

    private static ScreeningRuleSet defaultRules() {
        return ScreeningRuleSet.of(0, ScreeningRuleSeed.loadDefault(Instant.EPOCH));
    }

    /** Screens a record: its channel categories (Traffy tags; none for other channels) and its text. */
    public ScreeningVerdict screen(Collection<String> categories, String text) {
        return screen(categories, text, learned == null ? null : learned::score);
    }

    /** Screens a record with the learned signal's score taken from {@code scoring} (e.g. a cross-validated one). */
    ScreeningVerdict screen(Collection<String> categories, String text, ToDoubleFunction<String> scoring) {
        ScreeningRuleSet inForce = rules;
        ScreeningVerdict verdict = inForce.screen(categories, text);
        if (learned == null || scoring == null || text == null || text.isBlank()) {
            return verdict;
        }
        if (takesStraightThrough(verdict) && inForce.rule(verdict.ruleId()).map(ScreeningRule::kind)
                .filter(RuleKind::readsText).isPresent()) {
            double score = scoring.applyAsDouble(text);
            return score < learned.secondLookFloor() ? verdict.secondLook(score, learned.secondLookFloor()) : verdict;
        }
        if (verdict.inScope() || verdict.ruleId() != null) {
            return verdict;
        }
        double score = scoring.applyAsDouble(text);
        if (score < learned.threshold() || inForce.anyVetoMatches(text)) {
            return verdict;
        }
        return ScreeningVerdict.learned(score, learned.threshold());
    }

    /** Whether a verdict of the rules alone takes a record in straight through (by a rule, not doubted). */
    static boolean takesStraightThrough(ScreeningVerdict verdict) {
        return verdict.inScope() && !verdict.doubted() && verdict.ruleId() != null;
    }

    /** The learned signal consulted where no rule decides, if any. */
    Optional<LearnedSignal> learnedSignal() {
        return Optional.ofNullable(learned);
    }

    public ScreeningRuleSet inForce() {
        return rules;
    }

    void use(ScreeningRuleSet next) {
        this.rules = next;
    }
}
