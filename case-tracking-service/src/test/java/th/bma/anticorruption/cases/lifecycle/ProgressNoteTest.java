package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressNoteTest {

    @Test
    void spacingPunctuationThaiDigitsAndInvisibleCharactersMakeNoDifference() {
        String note = "อยู่ระหว่างสอบข้อเท็จจริง เรียกพยาน ๒ ราย";

        assertThat(ProgressNote.digest("อยู่ระหว่าง\u200bสอบข้อเท็จจริง,\nเรียกพยาน 2 ราย.")).isEqualTo(
                ProgressNote.digest(note));
        assertThat(ProgressNote.normalise("Report: NO. ๑๒")).isEqualTo("reportno12");
    }

    @Test
    void thaiVowelsAndToneMarksAreKeptSoDifferentWordsStayDifferent() {
        // ไข่ (egg) and ไข (to solve) differ only in the tone mark: they must not normalise alike.
        assertThat(ProgressNote.normalise("ไข่")).isNotEqualTo(ProgressNote.normalise("ไข"));
        assertThat(ProgressNote.digest("สอบแล้ว")).isNotEqualTo(ProgressNote.digest("สอบแล้ว ๑ ราย"));
    }

    @Test
    void aNoteOfPunctuationOnlySaysNothing() {
        assertThat(ProgressNote.saysNothing("-")).isTrue();
        assertThat(ProgressNote.saysNothing(" … ")).isTrue();
        assertThat(ProgressNote.saysNothing("ไม่มี")).isFalse();
    }
}
