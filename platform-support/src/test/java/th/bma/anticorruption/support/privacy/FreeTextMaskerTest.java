package th.bma.anticorruption.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextMaskerTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FreeTextMaskerTest.class);

    @ParameterizedTest
    @ValueSource(strings = {"081-234-5678", "081.234.5678", "081 234 5678", "0812345678", "(081) 234-5678",
            "+66 81 234 5678", "+66812345678", "66812345678", "0066 81 234 5678", "๐๘๑-๒๓๔-๕๖๗๘", "02 123 4567",
            "(02) 123-4567", "0 8 1 2 3 4 5 6 7 8"})
    void phoneNumbersAreMaskedInEverySpelling(String phone) {
        String masked = FreeTextMasker.mask("ติดต่อกลับได้ที่ " + phone + " ค่ะ");
        assertThat(masked).isEqualTo("ติดต่อกลับได้ที่ " + Placeholders.PHONE + " ค่ะ");
    }

    @Test
    void anOfficesExtensionStaysAfterTheMaskedNumber() {
        assertThat(FreeTextMasker.mask("โทร 02-123-4567 ต่อ 112")).isEqualTo("โทร " + Placeholders.PHONE + " ต่อ 112");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1037-00123-45-6", "3100600123457", "3 1006 00123 45 7", "๓๑๐๐๖๐๐๑๒๓๔๕๗"})
    void nationalIdsAreMaskedGroupedOrNot(String id) {
        assertThat(FreeTextMasker.mask("เลขบัตรประชาชน " + id + " ผู้ร้อง"))
                .isEqualTo("เลขบัตรประชาชน " + Placeholders.NATIONAL_ID + " ผู้ร้อง");
    }

    @Test
    void houseNumbersAreMaskedButADocumentsNumberStays() {
        assertThat(FreeTextMasker.mask("อยู่บ้านเลขที่ 12/3 หมู่ 4 ซอยสุขุมวิท 71"))
                .isEqualTo("อยู่" + Placeholders.HOUSE_NUMBER + " ซอยสุขุมวิท 71");
        assertThat(FreeTextMasker.mask("บ้านเลขที่ ๔๕/๖")).isEqualTo(Placeholders.HOUSE_NUMBER);
        assertThat(FreeTextMasker.mask("ตามหนังสือเลขที่ 45/2566 และใบอนุญาตเลขที่ 12/2565"))
                .isEqualTo("ตามหนังสือเลขที่ 45/2566 และใบอนุญาตเลขที่ 12/2565");
    }

    @Test
    void bankAccountsAreMaskedAfterABankOrInTheBanksLayout() {
        assertThat(FreeTextMasker.mask("โอนเข้ากสิกร 123-4-56789-0 แล้ว")).isEqualTo("โอนเข้ากสิกร "
                + Placeholders.BANK_ACCOUNT + " แล้ว");
        assertThat(FreeTextMasker.mask("เลขบัญชี 0123456789 ธนาคารกรุงไทย"))
                .isEqualTo("เลขบัญชี " + Placeholders.BANK_ACCOUNT + " ธนาคารกรุงไทย");
    }

    @Test
    void emailsAreMaskedPlainOrSpelledOut() {
        assertThat(FreeTextMasker.mask("อีเมล somchai.j@example.co.th ค่ะ")).isEqualTo("อีเมล " + Placeholders.EMAIL + " ค่ะ");
        assertThat(FreeTextMasker.mask("ส่งมาที่ somchai at gmail dot com นะ")).isEqualTo("ส่งมาที่ " + Placeholders.EMAIL
                + " นะ");
        assertThat(FreeTextMasker.mask("somchai[at]gmail.com")).isEqualTo(Placeholders.EMAIL);
        assertThat(FreeTextMasker.mask("somchai แอท hotmail ดอท com")).isEqualTo(Placeholders.EMAIL);
    }

    @Test
    void lineAndFacebookHandlesAreMasked() {
        assertThat(FreeTextMasker.mask("ไลน์ไอดี somchai99 ครับ")).isEqualTo("ไลน์ไอดี " + Placeholders.LINE + " ครับ");
        assertThat(FreeTextMasker.mask("line: @abc")).isEqualTo("line: " + Placeholders.LINE);
        assertThat(FreeTextMasker.mask("เฟส สมชาย ใจดี ได้ครับ")).isEqualTo("เฟส " + Placeholders.FACEBOOK + " ได้ครับ");
        assertThat(FreeTextMasker.mask("ดูที่ fb.com/somchai.jaidee")).isEqualTo("ดูที่ " + Placeholders.FACEBOOK);
        assertThat(FreeTextMasker.mask("โครงการเฟส 2 ของสวน")).isEqualTo("โครงการเฟส 2 ของสวน");
    }

    @Test
    void theComplainantNamingThemselvesIsMaskedWithOrWithoutTitle() {
        assertThat(FreeTextMasker.mask("ผมชื่อสมชาย ใจดี บ้านเลขที่ 45/6 โทร 081.234.5678 เทศกิจเรียกเงิน"))
                .isEqualTo("ผมชื่อ" + Placeholders.NAME + " " + Placeholders.HOUSE_NUMBER + " โทร " + Placeholders.PHONE
                        + " เทศกิจเรียกเงิน");
        assertThat(FreeTextMasker.mask("ข้าพเจ้า นางสาวพรทิพย์ ศรีสุข ขอร้องเรียน"))
                .isEqualTo("ข้าพเจ้า " + Placeholders.NAME + " ขอร้องเรียน");
        assertThat(FreeTextMasker.mask("ผมชื่อสมชายอยากแจ้งว่ามีการฮั้วประมูล"))
                .isEqualTo("ผมชื่อ" + Placeholders.NAME + "อยากแจ้งว่ามีการฮั้วประมูล");
        assertThat(FreeTextMasker.mask("ผู้โทรชื่อคุณสมหญิง ขอไม่เปิดเผยตัว"))
                .isEqualTo("ผู้โทรชื่อ" + Placeholders.NAME + " ขอไม่เปิดเผยตัว");
    }

    @Test
    void theAccusedAndOtherPeopleNamedAsTheSubjectStayReadable() {
        String accused = "นายสมศักดิ์ หัวหน้าฝ่ายเทศกิจ เรียกเงิน";
        assertThat(FreeTextMasker.mask(accused)).isEqualTo(accused);
        String inSentence = "เจ้าหน้าที่ที่เรียกเงินผมชื่อนายสมศักดิ์ หัวหน้าฝ่ายเทศกิจ";
        assertThat(FreeTextMasker.mask(inSentence)).isEqualTo(inSentence);
        String pronounWithoutName = "ข้าพเจ้าขอร้องเรียนผู้ถูกร้องชื่อนายสมหมาย";
        assertThat(FreeTextMasker.mask(pronounWithoutName)).isEqualTo(pronounWithoutName);
    }

    @Test
    void theValuesAChannelGaveApartAreMaskedWhereverTheTextRepeatsThem() {
        KnownIdentity who = new KnownIdentity("นางสาวสมหญิง รักความดี", "089-999-9999", null, null, "ying.line");
        String masked = FreeTextMasker.mask(
                "ดิฉันสมหญิง รักความดี ถูกเรียกเงิน ต่อมาคุณสมหญิงโทรจาก 089 999 9999 แอด ying.line ได้", who);
        assertThat(masked).doesNotContain("สมหญิง", "รักความดี", "ying.line", "999").contains("ถูกเรียกเงิน");
    }

    @Test
    void textWithoutPersonalDataIsUnchangedButNormalisedToNfc() {
        String decomposed = "ถนนพัง\u0E4D\u0E32";
        assertThat(FreeTextMasker.mask(decomposed)).isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(FreeTextMasker.mask("ซอยลาดพร้าว 101 ไฟดับ 3 วัน งบ 12,500,000 บาท คำสั่งลงวันที่ 12/03/2566"))
                .isEqualTo("ซอยลาดพร้าว 101 ไฟดับ 3 วัน งบ 12,500,000 บาท คำสั่งลงวันที่ 12/03/2566");
        assertThat(FreeTextMasker.masksSomething(decomposed, FreeTextMasker.mask(decomposed))).isFalse();
        assertThat(FreeTextMasker.masksSomething("โทร 0812345678", FreeTextMasker.mask("โทร 0812345678"))).isTrue();
        assertThat(FreeTextMasker.mask(null)).isNull();
    }

    @Test
    void masksThousandsOfTicketsASecond() {
        String ticket = "สวัสดีครับผมชื่อวีระพงษ์ ทองมา อยู่ซอยลาดพร้าว 101 บ้านเลขที่ 45/6 มีเจ้าหน้าที่เขตมาขอเงินค่าน้ำชา"
                + "เพื่อให้ผ่านใบอนุญาตก่อสร้าง ติดต่อกลับได้ที่ 089 765 4321 หรือ somchai@example.org ครับ";
        for (int i = 0; i < 500; i++) {
            FreeTextMasker.mask(ticket + i);
        }
        int count = 3000;
        int masked = 0;
        // CPU time of this thread, not wall time: a build machine shared with other builds must not fail the test.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            masked += FreeTextMasker.mask(ticket + i).contains(Placeholders.PHONE) ? 1 : 0;
        }
        double perSecond = count / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
        log.info(String.format(java.util.Locale.ROOT, "Masker: %.0f tickets per CPU second on one thread", perSecond));
        assertThat(masked).isEqualTo(count);
        // About 5,000 on an idle machine, 2,000 with the JIT starved by a fully loaded one.
        assertThat(perSecond).as("tickets masked per CPU second on one thread").isGreaterThan(1000);
    }
}
