package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LearnedSignalTest {

    private static final LearnedSignal LEARNED = LearnedSignal.trainedOnShippedExamples();
    private static final ScreeningRuleSet RULES = ScreeningRuleSet.of(0, ScreeningRuleSeed.loadDefault(Instant.EPOCH));
    private static final CorruptionScreening SCREENING = new CorruptionScreening(RULES, LEARNED);
    /** An inspector taking a share from shops every month, in words no rule holds. */
    private static final String UNSEEN_SHARE = "นายตรวจเขตขอแบ่งเงินจากร้านค้าทุกสิ้นเดือน";
    private static final String STREET_LIGHT = "ซอยบ้านผมไฟดับสามวันแล้ว ขอให้มาซ่อมด่วน";

    @Test
    void theThresholdIsTheLowestOutOfFoldScoreAtTheWantedPrecision() {
        double[] scores = {0.9, 0.8, 0.7, 0.6};
        List<Boolean> inScope = List.of(true, true, false, true);

        assertThat(LearnedSignal.thresholdFor(scores, inScope, List.of(false, false, false, false))).isEqualTo(0.8);
        assertThat(LearnedSignal.thresholdFor(scores, inScope, List.of(false, false, true, false)))
                .as("an example a veto keeps out counts neither way").isEqualTo(0.6);
        assertThat(LearnedSignal.thresholdFor(scores, List.of(false, false, false, false), List.of(false, false, false,
                false))).as("never reaching the precision: never signals").isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aRecordNoRuleDecidesIsInScopeByTheLearnedSignalNamingItsScore() {
        assertThat(RULES.screen(List.of(), UNSEEN_SHARE).inScope()).as("no rule holds these words").isFalse();

        ScreeningVerdict verdict = SCREENING.screen(List.of(), UNSEEN_SHARE);

        assertThat(verdict.inScope()).isTrue();
        assertThat(verdict.ruleId()).isEqualTo(LearnedSignal.RULE_ID);
        assertThat(verdict.reason()).isEqualTo(LearnedSignal.REASON);
        assertThat(verdict.doubted()).as("no rule took it in").isTrue();
        assertThat(verdict.score()).isGreaterThanOrEqualTo(LEARNED.threshold()).isLessThanOrEqualTo(1.0);
        assertThat(SCREENING.screen(List.of(), STREET_LIGHT)).isEqualTo(ScreeningVerdict.outOfScope());
    }

    @Test
    void rulesNoAndLearnedYesIsAcceptedAsDoubtedWithTheScoreAndThreshold() {
        double atThreshold = LEARNED.threshold();
        ScreeningVerdict verdict = SCREENING.screen(List.of(), UNSEEN_SHARE, text -> atThreshold);

        assertThat(verdict.inScope()).isTrue();
        assertThat(verdict.doubted()).isTrue();
        assertThat(verdict.score()).isEqualTo(atThreshold);
        assertThat(verdict.threshold()).isEqualTo(LEARNED.threshold());
    }

    @Test
    void rulesYesGoesStraightThroughUnlessTheLearnedSignalScoresItBelowTheSecondLookFloor() {
        String bribe = "BMA officer asked me for a bribe to sign the permit";
        double floor = LEARNED.secondLookFloor();

        assertThat(SCREENING.screen(List.of(), bribe, text -> 1.0).doubted()).isFalse();
        assertThat(SCREENING.screen(List.of(), bribe, text -> floor).doubted()).as("at the floor").isFalse();

        ScreeningVerdict secondLook = SCREENING.screen(List.of(), bribe, text -> floor / 2);
        assertThat(secondLook.inScope()).isTrue();
        assertThat(secondLook.doubted()).as("below the floor: an officer looks first").isTrue();
        assertThat(secondLook.secondLooked()).isTrue();
        assertThat(secondLook.ruleId()).as("the verdict still names the rule").isEqualTo("ACCUSED-BRIBERY");
        assertThat(secondLook.score()).isEqualTo(floor / 2);
        assertThat(secondLook.threshold()).isEqualTo(floor);
    }

    @Test
    void aTraffyTagIsNeverSecondGuessedNorADoubtedRuleLookedAtAgain() {
        ScreeningVerdict tagged = SCREENING.screen(List.of("ทุจริต"), "ถนนหน้าบ้านพัง", text -> 0.0);
        assertThat(tagged.inScope()).isTrue();
        assertThat(tagged.doubted()).as("the citizen chose the corruption tag").isFalse();

        ScreeningVerdict doubtedRule = SCREENING.screen(List.of(), "มีการยักยอกเงินกองกลางไปสองแสน", text -> 0.0);
        assertThat(doubtedRule.doubted()).isTrue();
        assertThat(doubtedRule.secondLooked()).as("already doubted by its rule").isFalse();
        assertThat(doubtedRule.score()).isNull();
    }

    @Test
    void theSecondLookFloorLetsAllButOnePercentOfTheAccusationsTakenStraightThroughPass() {
        double[] scores = new double[200];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (i + 1) / 200.0;
        }
        assertThat(LearnedSignal.secondLookFloorFor(scores)).isEqualTo(3 / 200.0);
        assertThat(LearnedSignal.secondLookFloorFor(new double[0])).as("no accusations: never looks twice").isZero();
        assertThat(LEARNED.secondLookFloor()).as("trained on the shipped examples")
                .isPositive().isLessThan(LEARNED.threshold());
    }

    @Test
    void neitherTheRulesNorTheLearnedSignalIsScreenedOutNotDoubted() {
        ScreeningVerdict verdict = SCREENING.screen(List.of(), STREET_LIGHT, text -> LEARNED.threshold() - 0.001);

        assertThat(verdict).isEqualTo(ScreeningVerdict.outOfScope());
        assertThat(verdict.doubted()).isFalse();
    }

    @Test
    void aRuleInScopeDecidesBeforeTheLearnedSignal() {
        ScreeningVerdict verdict = SCREENING.screen(List.of(), "BMA officer asked me for a bribe to sign the permit",
                text -> 1.0);

        assertThat(verdict.ruleId()).isEqualTo("ACCUSED-BRIBERY");
        assertThat(verdict.score()).isNull();
    }

    @Test
    void aVetoWinsOverTheLearnedSignalEvenWhenItIsCertain() {
        String refund = "จ่ายค่าเช่าแผงตลาดของเขตซ้ำสองเดือน ขอรับเงินคืนได้ที่ไหน";

        assertThat(SCREENING.screen(List.of(), refund, text -> 1.0).inScope()).isFalse();
        assertThat(SCREENING.screen(List.of(), STREET_LIGHT, text -> 1.0).ruleId()).isEqualTo(LearnedSignal.RULE_ID);
        assertThat(SCREENING.screen(List.of(), STREET_LIGHT, text -> LEARNED.threshold() - 0.001).inScope()).isFalse();
    }

    @Test
    void withoutALearnedSignalTheRulesAloneDecide() {
        assertThat(new CorruptionScreening(RULES).screen(List.of(), UNSEEN_SHARE))
                .isEqualTo(ScreeningVerdict.outOfScope());
    }

    @Test
    void featuresAreWordsAndCharacterGramsSoAMisspellingKeepsMostOfThem() {
        assertThat(TextFeatures.of("Tea money")).contains("w:tea", "w:money", "teamo", "ney");
        var written = TextFeatures.of("ค่าน้ำร้อนน้ำชา");
        var misspelt = TextFeatures.of("ค่าน้ำร้อนน้ำชาา");

        long shared = written.stream().filter(misspelt::contains).count();
        assertThat(shared).isGreaterThan(written.size() * 3L / 4);
    }
}
