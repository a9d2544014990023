package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorruptionScreeningTest {

    private final CorruptionScreening screening = new CorruptionScreening(ScreeningLexicon.loadDefault());

    @ParameterizedTest
    @ValueSource(strings = {
            "เจ้าหน้าที่เทศกิจเขตปทุมวันเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดทุกวันวันละ 200 บาท",
            "มีการจ่ายเงินใต้โต๊ะให้เจ้าหน้าที่ฝ่ายโยธาเพื่อให้อนุญาตก่อสร้างอาคารเร็วขึ้น",
            "ผู้รับเหมาฮั้วประมูลงานซ่อมถนนในซอยลาดพร้าว 101 ราคาสูงเกินจริง",
            "ข้าราชการเขตใช้ตำแหน่งหน้าที่เอื้อประโยชน์ให้ญาติได้สัญญาเช่าพื้นที่",
            "ร้านค้าต้องจ่ายส่วยให้เจ้าหน้าที่ทุกเดือน ไม่งั้นโดนจับ",
            "เจ้าหน้าที่เลือกปฏิบัติ จับแต่ร้านเล็ก ร้านใหญ่ไม่เคยโดน",
            "สงสัยว่ามีการทุจริตในโครงการจัดซื้ออุปกรณ์การเรียนของโรงเรียนสังกัดกทม.",
            "แจ้งเบาะแสการรับสินบนของพนักงานเก็บขยะ"
    })
    void textAboutCorruptionOrMisconductIsInScope(String text) {
        assertThat(screening.screen(List.of("ร้องเรียน"), text).inScope()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ขอเงินชดเชยค่าน้ำท่วมบ้านเสียหายจากฝนตกหนักเมื่อคืน",
            "ค่าเช่าแผงลอยในตลาดแพงขึ้นมาก อยากให้เขตช่วยดูแล",
            "ถนนหน้าบ้านเป็นหลุมเป็นบ่อ รถจักรยานยนต์ล้มหลายคันแล้ว",
            "ต้นโกงกางริมคลองบางบอนล้มขวางทางเดิน",
            "ไฟฟ้าส่องสว่างในซอยดับมาหนึ่งสัปดาห์แล้ว ขอให้มาซ่อมด่วน",
            "จ่ายเงินค่าขยะแล้วแต่ไม่มีคนมาเก็บขยะสามวัน"
    })
    void textThatMentionsMoneyOrLooksAlikeButIsNotAboutCorruptionIsOutOfScope(String text) {
        ScreeningVerdict verdict = screening.screen(List.of("ถนน"), text);
        assertThat(verdict.inScope()).isFalse();
        assertThat(verdict.reason()).isEqualTo(ScreeningVerdict.NO_SIGNAL);
    }

    @Test
    void traffyCorruptionCategoriesAreInScopeWhateverTheText() {
        assertThat(screening.screen(List.of("ถนน", "ทุจริต"), "ถนนพัง").reason()).isEqualTo("category");
        assertThat(screening.screen(List.of("กรุงเทพโปร่งใส"), "ขอข้อมูล").inScope()).isTrue();
    }

    @Test
    void theReasonNamesTheKindOfMisconductNotTheText() {
        assertThat(screening.screen(List.of(), "ผู้รับเหมาฮั้วประมูลงานซ่อมถนน").reason()).isEqualTo("term:bid-rigging");
    }

    @Test
    void wordsAreFoundOnThaiWordBoundariesNotAsSubstrings() {
        assertThat(ThaiWords.of("ต้นโกงกางล้ม")).doesNotContain("โกง");
        assertThat(ThaiWords.of("เขาโกงเงินหลวง")).contains("โกง");
    }
}
