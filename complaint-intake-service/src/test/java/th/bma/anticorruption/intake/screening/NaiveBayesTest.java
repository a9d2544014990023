package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class NaiveBayesTest {

    private static final List<String> ACCUSATIONS = List.of(
            "เจ้าหน้าที่เขตเรียกเงินใต้โต๊ะห้าพันบาทก่อนออกใบอนุญาต",
            "เทศกิจเก็บเงินแม่ค้าหน้าตลาดทุกเดือน ไม่ให้ก็ไล่ที่",
            "ผู้อำนวยการเขตรับสินบนจากผู้รับเหมาก่อสร้าง",
            "นายตรวจขอเงินค่าน้ำร้อนน้ำชาก่อนเซ็นเอกสาร",
            "เจ้าหน้าที่ฮั้วประมูลงานซ่อมถนนให้บริษัทญาติ",
            "ข้าราชการเขตเอารถหลวงไปใช้ส่วนตัวทุกวันหยุด",
            "officer asked for a bribe to approve the permit",
            "จนท.เรียกรับเงินเพื่อลัดคิวทำบัตร");
    private static final List<String> CITY_PROBLEMS = List.of(
            "ไฟถนนหน้าซอยดับมาสามวันแล้ว",
            "ขยะไม่มีคนมาเก็บหน้าบ้านหนึ่งสัปดาห์",
            "ท่อระบายน้ำอุดตัน น้ำท่วมขังทุกครั้งที่ฝนตก",
            "ทางเท้าชำรุด คนเดินสะดุดล้ม",
            "เสียงดังจากร้านอาหารตอนกลางคืน",
            "ต้นไม้ล้มขวางถนน ขอให้มาตัด",
            "street light broken near the school",
            "สุนัขจรจัดในชุมชนเยอะมาก");
    private static final List<Set<String>> TEXTS = Stream.concat(ACCUSATIONS.stream(), CITY_PROBLEMS.stream())
            .map(TextFeatures::of).toList();
    private static final List<Boolean> IN_SCOPE = Stream.concat(ACCUSATIONS.stream().map(text -> true),
            CITY_PROBLEMS.stream().map(text -> false)).toList();

    @Test
    void textsItWasNotTrainedOnScoreAsTheirKind() {
        NaiveBayes model = NaiveBayes.fit(TEXTS, IN_SCOPE);

        double bribe = model.score(TextFeatures.of("เจ้าหน้าที่เขตเรียกเงินจากร้านค้าก่อนออกใบอนุญาต"));
        double englishBribe = model.score(TextFeatures.of("the inspector asked me for a bribe"));
        double lightOut = model.score(TextFeatures.of("ไฟดับในซอยมาหลายวัน ขอให้มาซ่อม"));
        double drain = model.score(TextFeatures.of("น้ำท่วมขังหน้าบ้านเพราะท่ออุดตัน"));

        assertThat(List.of(bribe, englishBribe)).allSatisfy(score -> assertThat(score).isGreaterThan(0.5));
        assertThat(List.of(lightOut, drain)).allSatisfy(score -> assertThat(score).isLessThan(0.5));
    }

    @Test
    void aFeatureHeldByTheSameShareOfBothSidesIsNoEvidenceHoweverLongTheirTexts() {
        List<Set<String>> texts = List.of(
                Set.of("x", "a1", "a2", "a3", "a4", "a5"), Set.of("x", "b1", "b2", "b3", "b4", "b5"), Set.of("c1"),
                Set.of("c2"),
                Set.of("x"), Set.of("x"), Set.of("y"), Set.of("z"));
        List<Boolean> inScope = List.of(true, true, true, true, false, false, false, false);

        assertThat(NaiveBayes.fit(texts, inScope).score(Set.of("x")))
                .as("held by half the texts of each side; the in-scope ones hold far more features").isEqualTo(0.5);
    }

    @Test
    void aTextWithNoKnownFeatureScoresThePriorAlone() {
        NaiveBayes model = NaiveBayes.fit(List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d")),
                List.of(true, true, true, false));

        assertThat(model.score(Set.of("never-seen"))).as("odds (3 + 1) : (1 + 1)").isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void scoringWithoutAPartIsScoringByTheModelTrainedWithoutIt() {
        int parts = 3;
        NaiveBayes folded = NaiveBayes.fit(TEXTS, IN_SCOPE, text -> text % parts, parts);

        for (int part = 0; part < parts; part++) {
            List<Set<String>> without = new ArrayList<>();
            List<Boolean> withoutLabels = new ArrayList<>();
            for (int i = 0; i < TEXTS.size(); i++) {
                if (i % parts != part) {
                    without.add(TEXTS.get(i));
                    withoutLabels.add(IN_SCOPE.get(i));
                }
            }
            NaiveBayes trainedWithout = NaiveBayes.fit(without, withoutLabels);
            for (Set<String> text : TEXTS) {
                assertThat(folded.scoreWithout(part, text)).isCloseTo(trainedWithout.score(text), within(1e-12));
            }
        }
        NaiveBayes all = NaiveBayes.fit(TEXTS, IN_SCOPE);
        assertThat(TEXTS).allSatisfy(text -> assertThat(folded.score(text)).isCloseTo(all.score(text), within(1e-12)));
    }
}
