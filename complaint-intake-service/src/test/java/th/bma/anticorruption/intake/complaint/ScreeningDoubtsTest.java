package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.screening.LearnedSignal;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;

class ScreeningDoubtsTest {

    private static final CorruptionScreening SCREENING = CorruptionScreening.withDefaultRulesAndLearnedSignal();
    /** An inspector taking a share from shops every month, in words no rule holds. */
    private static final String UNSEEN_SHARE = "นายตรวจเขตขอแบ่งเงินจากร้านค้าทุกสิ้นเดือน";

    @Test
    void aComplaintOnlyTheLearnedSignalTookInCarriesItsScoreThresholdAndReasonButNoneOfItsText() {
        ScreeningVerdict verdict = SCREENING.screen(List.of(), UNSEEN_SHARE);
        assertThat(verdict.doubted()).as("no rule holds these words; the learned signal takes them in").isTrue();

        ScreeningDoubt doubt = ScreeningDoubts.of(verdict);

        assertThat(doubt.signal()).isEqualTo(LearnedSignal.RULE_ID);
        assertThat(doubt.score()).isEqualTo(verdict.score());
        assertThat(doubt.threshold()).isEqualTo(verdict.threshold()).isLessThanOrEqualTo(doubt.score());
        assertThat(doubt.reasonEn()).contains("No screening rule", String.format(Locale.ROOT, "%.3f", doubt.score()));
        assertThat(doubt.reasonTh()).contains("ไม่มีกฎคัดกรองใด");
        for (String reason : List.of(doubt.reasonTh(), doubt.reasonEn())) {
            assertThat(reason).doesNotContain("นายตรวจ", "ร้านค้า", "สิ้นเดือน");
        }
    }

    @Test
    void aComplaintOnlyADoubtedRuleTookInNamesTheRuleWithScoreAndThresholdOneAndNoneOfItsText() {
        ScreeningVerdict verdict = SCREENING.screen(List.of(), "มีการยักยอกเงินกองกลางไปสองแสน");
        assertThat(verdict.doubted()).as("embezzlement, but no accused official or unit").isTrue();

        ScreeningDoubt doubt = ScreeningDoubts.of(verdict);

        assertThat(doubt.signal()).isEqualTo("EMBEZZLEMENT-WORDS");
        assertThat(doubt.score()).isEqualTo(1.0);
        assertThat(doubt.threshold()).isEqualTo(1.0);
        assertThat(doubt.reasonEn()).contains("Screening rule EMBEZZLEMENT-WORDS", "no accused BMA official or unit");
        assertThat(doubt.reasonTh()).contains("กฎคัดกรอง EMBEZZLEMENT-WORDS");
        for (String reason : List.of(doubt.reasonTh(), doubt.reasonEn())) {
            assertThat(reason).doesNotContain("กองกลาง", "สองแสน");
        }
    }

    @Test
    void aComplaintTheLearnedSignalLookedAtTwiceNamesTheRuleWithTheScoreAndTheFloorItFellBelow() {
        ScreeningVerdict secondLook = new ScreeningVerdict(true, "bribery", "OFFICIAL-TAKES-MONEY", 2, 0.0123, 0.0891,
                true);
        assertThat(secondLook.secondLooked()).isTrue();

        ScreeningDoubt doubt = ScreeningDoubts.of(secondLook);

        assertThat(doubt.signal()).isEqualTo("OFFICIAL-TAKES-MONEY");
        assertThat(doubt.score()).isEqualTo(0.0123);
        assertThat(doubt.threshold()).isEqualTo(0.0891);
        assertThat(doubt.reasonEn()).contains("Screening rule OFFICIAL-TAKES-MONEY took it in", "0.012", "0.089");
        assertThat(doubt.reasonTh()).contains("กฎคัดกรอง OFFICIAL-TAKES-MONEY รับเรื่องนี้ไว้", "0.012", "0.089");
    }

    @Test
    void aComplaintARuleTookInOrAChannelThatIsNotScreenedCarriesNoDoubt() {
        String bribe = "จนท.เขตเรียกรับเงินใต้โต๊ะ 5,000 บาท แลกกับการออกใบอนุญาต";
        assertThat(ScreeningDoubts.of(SCREENING.screen(List.of(), bribe))).isNull();
        assertThat(ScreeningDoubts.of(ScreeningVerdict.inScope("channel"))).isNull();
    }
}
