package th.bma.anticorruption.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void phoneNumbersInFreeTextAreMaskedInTheirUsualThaiForms() {
        String masked = PersonalDataMasker.mask(
                "ติดต่อกลับได้ที่ 081-234-5678 หรือ 02 123 4567 หรือ +66891234567 ค่ะ", ComplainantIdentity.NONE);
        assertThat(masked).doesNotContain("081-234-5678", "02 123 4567", "+66891234567")
                .contains(PersonalDataMasker.PHONE, "ติดต่อกลับได้ที่");
    }

    @Test
    void thirteenDigitIdNumbersAreMaskedWithOrWithoutDashes() {
        String masked = PersonalDataMasker.mask(
                "ผมชื่อ นายสมชาย เลขบัตรประชาชน 1-1037-00123-45-6 และ 3100600123457", ComplainantIdentity.NONE);
        assertThat(masked).doesNotContain("1-1037-00123-45-6", "3100600123457").contains(PersonalDataMasker.ID_NUMBER);
    }

    @Test
    void houseNumbersAreMaskedButTheWordStays() {
        String masked = PersonalDataMasker.mask("ร้านค้าหน้าบ้านเลขที่ 99/12 ซอยสุขุมวิท 71 และเลขที่ 45", ComplainantIdentity.NONE);
        assertThat(masked).doesNotContain("99/12", "เลขที่ 45").contains("บ้านเลขที่ " + PersonalDataMasker.HOUSE_NUMBER)
                .contains("ซอยสุขุมวิท 71");
    }

    @Test
    void emailAndLineIdAreMasked() {
        String masked = PersonalDataMasker.mask("อีเมล somchai.j@example.co.th ไลน์ไอดี: somchai_99", ComplainantIdentity.NONE);
        assertThat(masked).doesNotContain("somchai.j@example.co.th", "somchai_99")
                .contains(PersonalDataMasker.EMAIL, PersonalDataMasker.LINE_ID);
    }

    @Test
    void theComplainantsOwnValuesAreMaskedWhereverTheyAppearEvenNameParts() {
        ComplainantIdentity who = new ComplainantIdentity("สมหญิง รักความดี", "0899999999", null, null, "ying.line", false);
        String masked = PersonalDataMasker.mask(
                "ดิฉันสมหญิง รักความดี ถูกเรียกเงิน ต่อมาคุณสมหญิงโทรหาอีกครั้ง แอด ying.line ได้", who);
        assertThat(masked).doesNotContain("สมหญิง", "รักความดี", "ying.line").contains("ถูกเรียกเงิน");
    }

    @Test
    void textWithoutPersonalDataIsUnchangedButNormalisedToNfc() {
        String decomposed = "ถนนพัง\u0E4D\u0E32"; // sara am written as nikhahit + sara aa
        String masked = PersonalDataMasker.mask(decomposed, ComplainantIdentity.NONE);
        assertThat(masked).isEqualTo(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC));
        assertThat(PersonalDataMasker.mask("ซอยลาดพร้าว 101 ไฟดับ 3 วัน", ComplainantIdentity.NONE))
                .isEqualTo("ซอยลาดพร้าว 101 ไฟดับ 3 วัน");
    }
}
