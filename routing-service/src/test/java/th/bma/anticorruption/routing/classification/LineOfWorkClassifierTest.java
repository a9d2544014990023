package th.bma.anticorruption.routing.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.support.text.ThaiWords;

class LineOfWorkClassifierTest {

    private final LineOfWorkClassifier classifier = TestFixtures.CLASSIFIER;

    @ParameterizedTest(name = "{0} / {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "ฝ่ายเทศกิจ เขตปทุมวัน | ทุจริต | เจ้าหน้าที่เรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยทุกวัน | CITY_LAW_ENFORCEMENT | 0.9",
            "ฝ่ายโยธา เขตประเวศ | ถนน | ผู้รับเหมาทำถนนไม่ได้มาตรฐานแต่เจ้าหน้าที่ตรวจรับงาน | PUBLIC_WORKS | 0.9",
            "สำนักสิ่งแวดล้อม กทม. | ร้องเรียน | รถเก็บขยะเรียกเงินเพิ่มจากชาวบ้าน | ENVIRONMENT | 0.8",
            "ฝ่ายรายได้ เขตบางรัก | ร้องเรียน | เจ้าหน้าที่รับเงินเพื่อลดภาษีป้ายให้ร้านค้า | REVENUE | 0.8",
            " | ทุจริต | มีการเรียกรับสินบนเพื่อออกใบอนุญาตก่อสร้างอาคารสูงเกินกำหนด | PUBLIC_WORKS | 0.6",
    })
    void findsTheLineOfWorkFromOrganisationCategoryAndWords(String organisation, String category, String text,
            LineOfWork expected, double atLeast) {
        Classification result = classifier.classify(complaint(organisation, List.of(category), text));

        assertThat(result.lineOfWork()).isEqualTo(expected);
        assertThat(result.confidence()).isGreaterThanOrEqualTo(atLeast).isLessThanOrEqualTo(1.0);
        assertThat(result.evidence()).anySatisfy(e -> assertThat(e).contains(expected.name()));
    }

    @Test
    void conflictingSignalsGiveLowConfidence() {
        Classification result = classifier.classify(complaint("ฝ่ายโยธา เขตสาทร", List.of(),
                "เทศกิจเก็บค่าคุ้มครองจากแม่ค้าหาบเร่แผงลอยทุกคน"));

        assertThat(result.confidence()).isLessThan(0.5);
    }

    @Test
    void aShortTextWithoutSignalsIsAnUnsureOther() {
        Classification result = classifier.classify(complaint(null, List.of("ร้องเรียน"), "ทุจริตครับ"));

        assertThat(result.lineOfWork()).isEqualTo(LineOfWork.OTHER);
        assertThat(result.confidence()).isLessThan(0.5);
    }

    @Test
    void aLongTextWithoutSignalsIsAConfidentOther() {
        Classification result = classifier.classify(complaint(null, List.of(),
                "เจ้าหน้าที่ฝ่ายทะเบียนเรียกรับเงินสองพันบาทเพื่อให้ทำบัตรประชาชนได้เร็วขึ้นโดยไม่ต้องรอคิว"));

        assertThat(result.lineOfWork()).isEqualTo(LineOfWork.OTHER);
        assertThat(result.confidence()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aSectionOfNoLineAndTheWordsOfAnotherLineAreAConfidentOther() {
        Classification section = classifier.classify(complaint("ฝ่ายทะเบียน เขตปทุมวัน", List.of("ร้องเรียน"),
                "จนท.ขอเงินเพิ่ม"));
        Classification words = classifier.classify(complaint(null, List.of(), "ขอเงินค่าทำบัตรประชาชน"));
        Classification office = classifier.classify(complaint("เขตปทุมวัน", List.of(), "ขอเงินเพิ่ม"));

        assertThat(section.lineOfWork()).isEqualTo(LineOfWork.OTHER);
        assertThat(section.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(words.lineOfWork()).isEqualTo(LineOfWork.OTHER);
        assertThat(words.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(office.confidence()).as("a district office as a whole says nothing of the line").isLessThan(0.5);
    }

    @Test
    void schoolProcurementIsTheEducationTopic() {
        Classification result = classifier.classify(complaint(null, List.of(),
                "ผู้อำนวยการโรงเรียนสังกัดกทม. จัดซื้ออาหารกลางวันนักเรียนแพงเกินจริงและรับเงินทอนจากผู้ขาย"));

        assertThat(result.topics()).contains("EDUCATION");
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("ถนนลาดยางพังหมดแล้ว"), ThaiWords.of("ถนน"))).isTrue();
        // The district ภาษีเจริญ is no tax (ภาษี), and a scratch (ครูด) is no teacher (ครู).
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("ถนนในเขตภาษีเจริญ"), ThaiWords.of("ภาษี"))).isFalse();
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("รถถูกขูดครูด"), ThaiWords.of("ครู"))).isFalse();
    }

    static ComplaintSummary complaint(String organisation, List<String> categories, String text) {
        return new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-ABC123", OffsetDateTime.parse("2026-03-14T10:21:07+07:00"),
                null, categories, organisation, text, null, null, "hash");
    }
}
