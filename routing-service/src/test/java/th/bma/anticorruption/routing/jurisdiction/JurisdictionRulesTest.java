package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.decision.RoutingVerdict;

/**
 * Every jurisdiction rule of the default table, and the never-to-own-unit policy, on real-looking complaints:
 * 1555 call records with the accused's position, Traffy tickets with the organisation they went to, letters and
 * walk-ins. The cases are data: {@code jurisdiction-cases.csv}.
 */
class JurisdictionRulesTest {

    private final RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/jurisdiction-cases.csv", numLinesToSkip = 1, delimiter = '|')
    void routesByTheRuleTable(String caseName, Channel channel, String organisation, String district,
            String categories, String text, String accusedPosition, String accusedLevel, String accusedUnit,
            String accusedUnitCode, String expectedDestination, String expectedRule, String expectedDisposition) {
        AccusedPerson accused = accusedPosition == null && accusedLevel == null && accusedUnit == null
                && accusedUnitCode == null ? null
                : new AccusedPerson(null, accusedPosition, accusedLevel, accusedUnit, accusedUnitCode);
        ComplaintSummary complaint = new ComplaintSummary(channel, "REC-1",
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), district,
                categories == null ? List.of() : Arrays.asList(categories.split(",")), organisation, text, null,
                accused, "hash");

        RoutingVerdict verdict = routing.decide(complaint);

        assertThat(verdict.destination().code()).as("destination").isEqualTo(expectedDestination);
        assertThat(verdict.rule().ruleId()).as("rule").isEqualTo(expectedRule);
        assertThat(Disposition.forDestination(verdict.destination().kind()).name()).as("disposition")
                .isEqualTo(expectedDisposition);
        assertThat(verdict.rule().ruleVersion()).isEqualTo(RuleBasedRouting.NEVER_TO_OWN_UNIT.equals(expectedRule)
                ? RuleBasedRouting.NEVER_TO_OWN_UNIT_VERSION : 1);
        assertThat(verdict.rule().reasonTh()).isNotBlank().doesNotContain("{");
        assertThat(verdict.rule().reasonEn()).isNotBlank().doesNotContain("{");
        assertThat(verdict.rulesUsed()).extracting(r -> r.ruleId()).contains(expectedRule);
        if (accusedUnitCode != null) {
            assertThat(verdict.destination().code()).as("never the accused's own unit").isNotEqualTo(accusedUnitCode);
        }
    }
}
