package th.bma.anticorruption.support.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.support.rules.ShippedDefaults.Comparison;
import th.bma.anticorruption.support.rules.ShippedDefaults.Difference;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** Which shipped defaults a start seeds, which it updates, and which it leaves to the person who changed them. */
class ShippedDefaultsTest {

    private record Rule(String ruleId, int version, String content, String author) {
    }

    private final ShippedDefaults<Rule> defaults = new ShippedDefaults<>(Rule::ruleId, Rule::author,
            (a, b) -> a.content().equals(b.content()));

    @Test
    void absentRulesAreSeededSeedRulesThatShipOtherwiseAreOutdatedAndAPersonsVersionIsOverridden() {
        List<Rule> shipped = List.of(shipped("NEW", "n"), shipped("SAME", "s"), shipped("FIXED", "f2"),
                shipped("EDITED", "e2"), shipped("ADOPTED", "a"));
        List<Rule> inForce = List.of(new Rule("SAME", 1, "s", "seed"), new Rule("FIXED", 1, "f1", "seed"),
                new Rule("EDITED", 2, "e-director", "director-7"), new Rule("ADOPTED", 3, "a", "director-7"),
                new Rule("RETIRED", 1, "r", "seed"));

        Comparison<Rule> comparison = defaults.compare(shipped, inForce);

        assertThat(comparison.absent()).extracting(Rule::ruleId).containsExactly("NEW");
        assertThat(comparison.outdated()).containsExactly(new Difference<>(inForce.get(1), shipped.get(2)));
        assertThat(comparison.overridden()).containsExactly(new Difference<>(inForce.get(2), shipped.get(3)));
    }

    @Test
    void aStoreThatHoldsWhatShipsNeedsNothing() {
        List<Rule> shipped = List.of(shipped("A", "a"), shipped("B", "b"));
        List<Rule> inForce = List.of(new Rule("A", 4, "a", "seed"), new Rule("B", 2, "b", "director-7"));

        Comparison<Rule> comparison = defaults.compare(shipped, inForce);

        assertThat(comparison.absent()).isEmpty();
        assertThat(comparison.outdated()).isEmpty();
        assertThat(comparison.overridden()).isEmpty();
    }

    @Test
    void theRulesListedAsDifferingAreThoseAPersonWroteAndTheReleaseShipsOtherwise() {
        List<Rule> shipped = List.of(shipped("FIXED", "f2"), shipped("EDITED", "e2"), shipped("ADOPTED", "a"),
                shipped("NEW", "n"));
        List<Rule> inForce = List.of(new Rule("FIXED", 1, "f1", "seed"), new Rule("EDITED", 2, "e", "director-7"),
                new Rule("ADOPTED", 3, "a", "director-7"), new Rule("OWN", 1, "o", "director-7"));

        assertThat(defaults.differing(shipped, inForce)).containsExactly("EDITED");
        assertThat(defaults.differing(shipped, List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "SEED", " Seed "})
    void noAccountChangesARuleUnderTheSeedsName(String account) {
        RequestRejectedException refused = catchThrowableOfType(RequestRejectedException.class,
                () -> ShippedDefaults.refuseSeedAuthor("BRIBE-TERMS", account));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getMessage()).contains("BRIBE-TERMS", "'seed'");
        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("changedBy", "reserved-author"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"director", "seeder", "director-seed"})
    void anyOtherAccountMayChangeARule(String account) {
        assertThatNoException().isThrownBy(() -> ShippedDefaults.refuseSeedAuthor("BRIBE-TERMS", account));
    }

    private static Rule shipped(String ruleId, String content) {
        return new Rule(ruleId, 1, content, ShippedDefaults.AUTHOR);
    }
}
