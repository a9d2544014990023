package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LearnedSignalTest {

    private static final LearnedSignal LEARNED = LearnedSignal.trainedOnShippedExamples();
    private static final ScreeningRuleSet RULES = ScreeningRuleSet.of(0, ScreeningRuleSeed.loadDefault(Instant.EPOCH));
    private static final CorruptionScreening SCREENING = new CorruptionScreening(RULES, LEARNED);
    /** An inspector taking a share from shops every month, in words no rule holds. */
    private static final String UNSEEN_SHARE = "นายตรวจเขตขอแบ่งเงินจากร้านค้าทุกสิ้นเดือน";
    private static final String STREET_LIGHT = "ซอยบ้านผมไฟดับสามวันแล้ว ขอให้มาซ่อมด่วน";

    /** Thirty accusations and thirty city problems, interleaved, each wording met once. */
    private static final List<TrainingExample> SYNTHETIC = synthetic();
    private static final Predicate<String> VETOED = text -> text.contains("ริมคลอง");
    private static final Predicate<String> TAKEN_STRAIGHT = text -> text.contains("สินบน") || text.contains("ใต้โต๊ะ");

    @Test
    void eachExampleIsScoredByTheModelTrainedWithoutItsFoldAndTheWordingsSeparate() {
        double[] outOfFold = LearnedSignal.trainedOn(SYNTHETIC, VETOED, TAKEN_STRAIGHT).outOfFoldScores();

        for (int i = 0; i < SYNTHETIC.size(); i++) {
            int fold = i % LearnedSignal.FOLDS;
            List<TrainingExample> others = IntStream.range(0, SYNTHETIC.size())
                    .filter(j -> j % LearnedSignal.FOLDS != fold).mapToObj(SYNTHETIC::get).toList();
            NaiveBayes withoutFold = NaiveBayes.fit(others.stream().map(e -> TextFeatures.of(e.text())).toList(),
                    others.stream().map(TrainingExample::inScope).toList());
            assertThat(outOfFold[i]).isCloseTo(withoutFold.score(TextFeatures.of(SYNTHETIC.get(i).text())),
                    within(1e-12));
        }
        double lowestAccusation = IntStream.range(0, SYNTHETIC.size()).filter(i -> SYNTHETIC.get(i).inScope())
                .mapToDouble(i -> outOfFold[i]).min().orElseThrow();
        double highestProblem = IntStream.range(0, SYNTHETIC.size()).filter(i -> !SYNTHETIC.get(i).inScope())
                .mapToDouble(i -> outOfFold[i]).max().orElseThrow();
        assertThat(lowestAccusation).as("every unseen accusation above every unseen city problem")
                .isGreaterThan(highestProblem);
    }

    @Test
    void theThresholdAndTheFloorAreChosenFromTheOutOfFoldScores() {
        LearnedSignal signal = LearnedSignal.trainedOn(SYNTHETIC, VETOED, TAKEN_STRAIGHT);
        double[] outOfFold = signal.outOfFoldScores();
        List<Boolean> labels = SYNTHETIC.stream().map(TrainingExample::inScope).toList();
        List<Boolean> vetoed = SYNTHETIC.stream().map(e -> VETOED.test(e.text())).toList();
        double[] accusationsTakenStraight = IntStream.range(0, SYNTHETIC.size())
                .filter(i -> labels.get(i) && TAKEN_STRAIGHT.test(SYNTHETIC.get(i).text()))
                .mapToDouble(i -> outOfFold[i]).toArray();

        assertThat(signal.threshold()).isEqualTo(LearnedSignal.thresholdFor(outOfFold, labels, vetoed));
        assertThat(signal.secondLookFloor()).isEqualTo(LearnedSignal.secondLookFloorFor(accusationsTakenStraight));
        assertThat(accusationsTakenStraight).hasSize(10);
    }

    @Test
    void trainingTwiceOnTheSameExamplesGivesTheSameSignal() {
        LearnedSignal first = LearnedSignal.trainedOn(SYNTHETIC, VETOED, TAKEN_STRAIGHT);
        LearnedSignal second = LearnedSignal.trainedOn(new ArrayList<>(SYNTHETIC), VETOED, TAKEN_STRAIGHT);

        assertThat(second.outOfFoldScores()).isEqualTo(first.outOfFoldScores());
        assertThat(second.threshold()).isEqualTo(first.threshold());
        assertThat(second.secondLookFloor()).isEqualTo(first.secondLookFloor());
        assertThat(second.score(UNSEEN_SHARE)).isEqualTo(first.score(UNSEEN_SHARE));
    }

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
    void examplesAreFoldedByTheBatchTheyWereWrittenInWhenThereAreEnoughBatches() {
        List<TrainingExample> batches = IntStream.range(0, 12)
                .mapToObj(i -> new TrainingExample("ข้อความ " + i, i % 2 == 0, "batch-" + (i / 2))).toList();
        List<TrainingExample> tooFew = IntStream.range(0, 12)
                .mapToObj(i -> new TrainingExample("ข้อความ " + i, i % 2 == 0, "batch-" + (i / 4))).toList();

        assertThat(LearnedSignal.foldsOf(batches)).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(LearnedSignal.foldsOf(tooFew)).as("three batches: every fifth example")
                .containsExactly(0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1);
        assertThat(TrainingExample.shipped()).extracting(TrainingExample::batch).contains("tuning", "tuning-14")
                .doesNotContain("");
    }

    @Test
    void theShippedThresholdCountsOnlyTheTrainingRowsTheRulesLeaveToTheSignal() {
        List<TrainingExample> shipped = TrainingExample.shipped();
        List<Boolean> labels = shipped.stream().map(TrainingExample::inScope).toList();
        List<Boolean> decidedByRules = shipped.stream()
                .map(e -> RULES.anyVetoMatches(e.text()) || RULES.screen(List.of(), e.text()).inScope()).toList();
        List<Boolean> vetoedOnly = shipped.stream().map(e -> RULES.anyVetoMatches(e.text())).toList();
        double[] outOfFold = LEARNED.outOfFoldScores();

        assertThat(LEARNED.threshold()).isEqualTo(LearnedSignal.thresholdFor(outOfFold, labels, decidedByRules));
        assertThat(LEARNED.threshold()).as("the easy accusations the rules take in would lower the bar")
                .isGreaterThan(LearnedSignal.thresholdFor(outOfFold, labels, vetoedOnly));
        long signalledTraps = IntStream.range(0, shipped.size())
                .filter(i -> !decidedByRules.get(i) && outOfFold[i] >= LEARNED.threshold() && !labels.get(i)).count();
        long signalled = IntStream.range(0, shipped.size())
                .filter(i -> !decidedByRules.get(i) && outOfFold[i] >= LEARNED.threshold()).count();
        assertThat(1 - (double) signalledTraps / signalled).as("precision of what the signal alone takes in")
                .isGreaterThanOrEqualTo(LearnedSignal.WANTED_PRECISION);
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

    @Test
    void featuresAlsoPairNeighbouringWordsAndReachSixLetters() {
        Set<String> features = TextFeatures.of("He did not ask for money");

        assertThat(features).contains("b:did|not", "b:not|ask", "didnot", "askfor")
                .doesNotContain("b:did|ask", "didnota");
    }

    private static List<TrainingExample> synthetic() {
        List<String> officials = List.of("เจ้าหน้าที่เขต", "เทศกิจ", "นายตรวจ", "ผู้อำนวยการเขต", "จนท.สำนักงานเขต");
        List<String> demands = List.of("เรียกเงินใต้โต๊ะ", "รับสินบน", "ขอค่าน้ำร้อนน้ำชา", "เก็บเงินรายเดือน",
                "เรียกรับผลประโยชน์", "ขอส่วนแบ่ง");
        List<String> problems = List.of("ไฟถนนดับ", "ขยะไม่มีคนเก็บ", "ท่อระบายน้ำอุดตัน", "ทางเท้าชำรุด",
                "น้ำท่วมขัง", "ต้นไม้ล้มขวางทาง");
        List<String> places = List.of("หน้าซอย", "ในชุมชน", "หน้าโรงเรียน", "ริมคลอง", "หน้าตลาด");
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < officials.size() * demands.size(); i++) {
            examples.add(new TrainingExample(officials.get(i % officials.size()) + demands.get(i % demands.size())
                    + "จากร้านค้า", true));
            examples.add(new TrainingExample(problems.get(i % problems.size()) + places.get(i % places.size()), false));
        }
        return List.copyOf(examples);
    }
}
