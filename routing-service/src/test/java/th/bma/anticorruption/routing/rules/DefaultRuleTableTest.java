package th.bma.anticorruption.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;

/**
 * The default rule table agrees with its own reasons: the internal track takes exactly the seed's grades (academic
 * ชำนาญการ or below, general อาวุโส or below), the NACC every executive and director level (division director,
 * ผู้อำนวยการกอง, or equivalent and above), the PACC the levels in between; no level is named by two rules.
 */
class DefaultRuleTableTest {

    private static final Set<String> SEED_INTERNAL_TRACK = Set.of("ปฏิบัติการ", "ชำนาญการ", "ปฏิบัติงาน", "ชำนาญงาน",
            "อาวุโส");
    private static final Set<String> BETWEEN = Set.of("ชำนาญการพิเศษ", "เชี่ยวชาญ", "ทรงคุณวุฒิ", "ทักษะพิเศษ");

    private final RuleTable table = TestFixtures.defaultRuleBook().current();

    @Test
    void everyLevelGoesWhereTheReasonsSay() {
        Map<String, Set<String>> levelsByDestination = table.rules().stream().filter(RoutingRule::enabled)
                .filter(r -> !r.when().positionLevels().isEmpty())
                .collect(Collectors.groupingBy(r -> r.then().destinationCode(),
                        Collectors.flatMapping(r -> r.when().positionLevels().stream(), Collectors.toSet())));

        assertThat(levelsByDestination.get("CSC-OFFICE")).isEqualTo(SEED_INTERNAL_TRACK);
        assertThat(levelsByDestination.get("PACC")).isEqualTo(BETWEEN);
        assertThat(levelsByDestination.get("NACC")).allSatisfy(level ->
                assertThat(level).matches("(บริหาร|อำนวยการ)(ระดับ)?(สูง|ต้น)"))
                .contains("อำนวยการระดับต้น", "อำนวยการต้น", "อำนวยการระดับสูง", "บริหารระดับต้น", "บริหารระดับสูง");
        assertThat(table.rule("ACCUSED-EXECUTIVE-NACC").orElseThrow().reasonEn()).contains("division-director");
        assertThat(table.rule("ACCUSED-EXECUTIVE-NACC").orElseThrow().when().positionTitles())
                .contains("ผู้อำนวยการกอง");
    }

    @Test
    void noLevelIsNamedByTwoRules() {
        Map<String, String> firstRule = new HashMap<>();
        List<String> twice = table.rules().stream().filter(RoutingRule::enabled)
                .flatMap(r -> r.when().positionLevels().stream()
                        .filter(level -> firstRule.putIfAbsent(level, r.ruleId()) != null))
                .toList();
        assertThat(twice).isEmpty();
    }

    @Test
    void aComplaintAccusingStaffOfAKnownUnitWithoutALevelGoesToTheInternalTrackOrTriage() {
        RoutingFacts known = new RoutingFacts(null, null, LineOfWork.REVENUE, 0.9,
                Set.of(), AccusedUnitFinding.INFERRED, false);
        RoutingFacts unsure = new RoutingFacts(null, null, LineOfWork.REVENUE, 0.9,
                Set.of(), AccusedUnitFinding.UNCLEAR, false);
        RoutingFacts enforcement = new RoutingFacts(null, null, LineOfWork.REVENUE,
                0.9, Set.of(), AccusedUnitFinding.NONE, false);

        assertThat(table.firstMatch(known)).get().extracting(RoutingRule::ruleId)
                .isEqualTo("ACCUSED-UNIT-INTERNAL-TRACK");
        assertThat(table.firstMatch(unsure)).get().extracting(RoutingRule::ruleId)
                .isEqualTo("ACCUSED-UNIT-UNSURE-TRIAGE");
        assertThat(table.firstMatch(enforcement)).get().extracting(RoutingRule::ruleId).isEqualTo("RESPONSIBLE-UNIT");
    }

    @Test
    void aRequestToActAgainstSomeoneElseGoesToTheResponsibleUnitEvenWhenItsLineIsUnclear() {
        RoutingFacts request = new RoutingFacts(null, null, LineOfWork.ENVIRONMENT, 0.39, Set.of(),
                AccusedUnitFinding.NONE, false);
        RoutingFacts accusation = new RoutingFacts(null, null, LineOfWork.ENVIRONMENT, 0.39, Set.of(),
                AccusedUnitFinding.INFERRED, false);

        assertThat(table.firstMatch(request)).get().extracting(RoutingRule::ruleId)
                .isEqualTo("ACTION-REQUESTED-RESPONSIBLE-UNIT");
        assertThat(table.firstMatch(accusation)).get().extracting(RoutingRule::ruleId)
                .as("an accusation with an unclear line still waits in triage").isEqualTo("TRIAGE-LOW-CONFIDENCE");
    }

    @Test
    void aComplaintScreeningWasUnsureOfGoesToTriageBeforeAnyDestinationRuleAndNoOtherDoes() {
        RoutingFacts governor = new RoutingFacts(null, "ผู้ว่าราชการกรุงเทพมหานคร", LineOfWork.OTHER, 0.9, Set.of(),
                AccusedUnitFinding.NONE, true);
        RoutingFacts vendors = new RoutingFacts(null, null, LineOfWork.CITY_LAW_ENFORCEMENT, 0.95, Set.of(),
                AccusedUnitFinding.INFERRED, true);

        for (RoutingFacts doubted : List.of(governor, vendors)) {
            RoutingRule rule = table.firstMatch(doubted).orElseThrow();
            assertThat(rule.ruleId()).isEqualTo("SCREENING-DOUBT-TRIAGE");
            assertThat(rule.then().type()).isEqualTo(TargetType.TRIAGE);
        }
        assertThat(table.firstMatch(new RoutingFacts(null, "ผู้ว่าราชการกรุงเทพมหานคร", LineOfWork.OTHER, 0.9,
                Set.of(), AccusedUnitFinding.NONE, false))).get().extracting(RoutingRule::ruleId)
                .isEqualTo("ACCUSED-POLITICAL-OFFICE-NACC");
        assertThat(table.rules()).filteredOn(r -> r.when().screeningDoubted() != null).extracting(RoutingRule::ruleId)
                .containsExactly("SCREENING-DOUBT-TRIAGE");
    }
}
