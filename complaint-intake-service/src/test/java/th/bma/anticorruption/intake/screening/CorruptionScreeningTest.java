package th.bma.anticorruption.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default rules on everyday wording, traps and negations, and the rule model's own semantics. */
class CorruptionScreeningTest {

    private final CorruptionScreening screening = CorruptionScreening.withDefaultRules();

    @ParameterizedTest
    @ValueSource(strings = {
            "เจ้าหน้าที่เทศกิจเขตปทุมวันเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดทุกวันวันละ 200 บาท",
            "มีการจ่ายเงินใต้โต๊ะให้เจ้าหน้าที่ฝ่ายโยธาเพื่อให้อนุญาตก่อสร้างอาคารเร็วขึ้น",
            "ผู้รับเหมาฮั้วประมูลงานซ่อมถนนในซอยลาดพร้าว 101 ราคาสูงเกินจริง",
            "ข้าราชการเขตใช้ตำแหน่งหน้าที่เอื้อประโยชน์ให้ญาติได้สัญญาเช่าพื้นที่",
            "ร้านค้าต้องจ่ายส่วยให้เจ้าหน้าที่ทุกเดือน ไม่งั้นโดนจับ",
            "สงสัยว่ามีการทุจริตในโครงการจัดซื้ออุปกรณ์การเรียนของโรงเรียนสังกัดกทม.",
            "จนท.ขอค่าน้ำร้อนน้ำชา300บาท ถึงจะรับเรื่อง",
            "ผอ.กองรับซองขาวจากผู้รับเหมาทุกงวดงาน",
            "หัวหน้าฝ่ายรับเงิน 2 หมื่นแลกกับให้ผ่านแบบก่อสร้าง",
            "เขตแบ่งซื้อแบ่งจ้างงานทาสีรั้วเป็นสามสัญญา",
            "a district officer asked me for 500 baht to speed up the permit",
            "ผู้รับเหมาโดนหักหัวคิวทุกงวดงาน",
            "โรงเรียนเรียกแป๊ะเจี๊ยะห้าหมื่น",
            "โดนรีดไถทุกคืนที่ตลาดนัด",
            "ฝ่ายการคลังเบิกเท็จค่าเดินทาง",
            "มีลูกจ้างผีในฝ่ายรักษาความสะอาด",
            "หัวหน้าใช้รถหลวงไปเที่ยวต่างจังหวัด",
            "มีการขายตำแหน่งหัวหน้าฝ่าย",
            "รับอามิสสินจ้างจากผู้ประกอบการ",
            "บริษัทญาติผอ.ชนะประมูลทุกครั้ง",
            "the contractor pays a kickback to the district",
            "enforcement officers extort vendors every night",
            "นายตรวจบอกว่าถ้ามีค่าป่วยการให้หน่อยเรื่องจะเสร็จไว",
            "หัวหน้าเทศกิจให้แม่ค้าส่งของฟรีทุกวัน ไม่ส่งก็โดนย้ายจุด",
            "บริษัทรับเหมาพาผู้ตรวจงานไปเที่ยวต่างประเทศก่อนตรวจรับงาน",
            "ซื้อกระดาษทีละไม่เกินห้าหมื่นจากร้านเดิมทุกสัปดาห์",
            "คนเก็บค่าจอดรถของเขตเม้มเงินทุกวัน",
            "เจ้าหน้าที่เรียกเก็บเงินคนละพัน อ้างว่าเป็นค่าประกันงาน",
            "ตำรวจกับเทศกิจเก็บส่วยร้านเหล้าในซอยทุกเดือน ร้านไหนไม่จ่ายโดนจับ",
            "พนักงานเก็บขยะบอกว่าบ้านไหนไม่ให้ค่าทิปเดือนละ 200 จะไม่เก็บขยะให้",
            "เทศกิจเขตบางรัก collect 300 baht from every stall each night",
            "ผอ.ให้บริษัทของลูกตัวเองมาใช้ห้องประชุมของเขตจัดอบรมเก็บเงินคนละพัน"
    })
    void everydayAccusationsAreInScope(String text) {
        assertThat(screening.screen(List.of(), text).inScope()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ต้นโกงกางริมคลองบางบอนล้มขวางทางเดิน                                   | no-corruption-signal
            แม่ค้าในตลาดโกงตาชั่ง ซื้อปลา 1 กิโลได้ 8 ขีด                            | no-corruption-signal
            ขอรับเงินคืนค่าธรรมเนียมที่จ่ายซ้ำ เจ้าหน้าที่ให้รอสองสัปดาห์เพื่อให้ตรวจสอบ  | refund
            มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่เขตโทรเรียกเงินค่าปรับ 2,000 บาท             | impersonation-scam
            เจ้าหน้าที่บริการดีมาก ไม่ได้เรียกรับเงินแต่อย่างใด                           | denial
            ไม่มีการเรียกรับสินบน แค่อยากให้เร่งซ่อมไฟทาง                                | denial
            nobody asked me for a bribe, the queue was just long                     | denial
            ขอข้อมูลเงินสินบนนำจับกรณีแจ้งคนทิ้งขยะ                                    | informant-reward
            ขอชื่นชมเจ้าหน้าที่เขตบางรักที่ไม่รับเงินใต้โต๊ะ ทำงานตรงไปตรงมา                | praise
            แท็กซี่หน้าสถานีโกงมิเตอร์ คิดเงินเกินสองเท่า                                | no-corruption-signal
            ถนนหน้าบ้านเป็นหลุมเป็นบ่อ รถจักรยานยนต์ล้มหลายคันแล้ว                     | no-corruption-signal
            ไปรับเงินช่วยเหลือน้ำท่วมเพื่อซ่อมหลังคา เขตให้รออีกเดือน                      | welfare-or-payment
            ลือกันว่าต้องจ่ายส่วยถึงจะตั้งแผงได้ ไม่จริงครับ ผมไม่เคยจ่าย                  | denial
            แก๊งวัยรุ่นเก็บค่าคุ้มครองร้านในซอย ขอให้ประสานตำรวจ                         | private-dispute
            ตู้เติมเงินหน้าเขตเงินทอนไม่ออก กินไปสิบบาท                                  | change-given
            นักเรียนถูกกล่าวหาว่าทุจริตในการสอบ ผู้ปกครองขอความเป็นธรรม                  | student-exam
            พนักงานในร้านยักยอกเงินเจ้าของร้านไปแล้วหนี                                   | private-dispute
            อยากทราบว่าถ้าพบเจ้าหน้าที่เรียกสินบน ร้องเรียนได้ช่องทางไหน และจะปกปิดชื่อได้ไหม | procedure-question
            ขอบคุณเทศกิจที่เก็บเงินสามพันบาทที่ผมทำหล่นแล้วนำมาคืนครบ                     | praise
            เจ้าหน้าที่เขตแจ้งว่าต้องรื้อป้ายภายในเดือนนี้ ไม่งั้นจะปรับ 5,000 บาท           | lawful-fine
            ชายใส่เสื้อคล้ายชุดเทศกิจมาขอเงินแม่ค้า เขตยืนยันว่าไม่ใช่คนของเขต              | impersonation-scam
            เจ้าหน้าที่สำนักงานที่ดินขอค่าดำเนินการพิเศษ 3,000 บาทเพื่อออกโฉนดให้เร็วขึ้น     | outside-bma
            ได้ยินมาว่าเทศกิจเก็บส่วยแผงลอยซอยนี้ ไปถามแม่ค้ากันแล้ว ข่าวมั่วทั้งนั้น          | denial
            ดูซีรีส์เรื่องใหม่ ตัวร้ายเป็นนายช่างเขตที่รับสินบนทุกงาน                          | everyday-sense
            ห้องทะเบียนของเขตมีหนูวิ่งอยู่ใต้โต๊ะเจ้าหน้าที่ทุกวัน                              | everyday-sense
            หัวหน้าฝ่ายที่เขตจะแต่งงานเดือนหน้า ลูกน้องใส่ซองขาวกันคนละพัน                  | everyday-sense
            ผู้แจ้งสอบถามช่องทางร้องเรียนเจ้าหน้าที่เรียกรับเงิน จนท.แนะนำให้ร้องเรียนผ่านเว็บไซต์ | question
            เคยร้องเรียนว่าเจ้าหน้าที่เขตเรียกเงิน ผลการตรวจสอบไม่มีมูล ผมยอมรับครับ          | denial
            เจ้าหน้าที่สำนักงานที่ดินกรุงเทพมหานครเรียกเงินพิเศษเพื่อโอนที่ดินให้เร็ว            | outside-bma
            """)
    void trapsAndNegationsAreOutOfScopeAndTheVerdictSaysWhy(String text, String reason) {
        ScreeningVerdict verdict = screening.screen(List.of("ถนน"), text.strip());
        assertThat(verdict.inScope()).as(text).isFalse();
        assertThat(verdict.reason()).as(text).isEqualTo(reason);
    }

    @Test
    void aNegationReachesOnlyTheWordsRightAfterIt() {
        assertThat(screening.screen(List.of(), "ถ้าไม่อยากรอนานต้องจ่ายเพิ่ม 500 ให้เจ้าหน้าที่เรียกเก็บหน้าห้อง")
                .inScope()).isTrue();
        assertThat(screening.screen(List.of(), "ร้านที่ไม่เคยจ่ายส่วยโดนเทศกิจจับทุกวัน").inScope()).isTrue();
    }

    @Test
    void aTrapVetoesOnlyItsOwnWordsSoAnAccusationBesideItStillCounts() {
        ScreeningVerdict verdict = screening.screen(List.of(),
                "แม่ค้าโกงตาชั่งแล้วยังจ่ายส่วยให้เทศกิจทุกเดือนเลยไม่มีใครจับ");
        assertThat(verdict.inScope()).isTrue();
        assertThat(verdict.ruleId()).isEqualTo("ACCUSED-EXTORTION");
    }

    @Test
    void aStrongWordGoesStraightThroughBesideAnAccusedOfficialAndAloneIsTakenInAsDoubted() {
        ScreeningVerdict accused = screening.screen(List.of(), "หัวหน้าฝ่ายยักยอกเงินค่าเช่าศาลาชุมชน");
        assertThat(accused.inScope()).isTrue();
        assertThat(accused.doubted()).as("an official accused of embezzlement: straight through").isFalse();
        assertThat(accused.ruleId()).isEqualTo("ACCUSED-EMBEZZLEMENT");

        ScreeningVerdict unattributed = screening.screen(List.of(), "มีการยักยอกเงินกองกลางไปสองแสน");
        assertThat(unattributed.inScope()).isTrue();
        assertThat(unattributed.doubted()).as("embezzlement, but by whom: triage").isTrue();
        assertThat(unattributed.ruleId()).isEqualTo("EMBEZZLEMENT-WORDS");
        assertThat(unattributed.score()).as("a rule decided, not the learned signal").isNull();
    }

    @Test
    void aDoubtedRuleDecidesOnlyWhereNoInScopeRuleMatches() {
        ScreeningRule doubted = rule("ENVELOPE", RuleKind.TERM, RuleEffect.DOUBTED, null, List.of(List.of("ซอง")));
        ScreeningRule sure = rule("OFFICIAL-ENVELOPE", RuleKind.COMBINATION, RuleEffect.IN_SCOPE, 4,
                List.of(List.of("เจ้าหน้าที่"), List.of("ซอง")));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, List.of(doubted, sure));

        assertThat(set.screen(List.of(), "เจ้าหน้าที่รับซองจากผู้รับเหมา"))
                .isEqualTo(new ScreeningVerdict(true, "test", "OFFICIAL-ENVELOPE", 1, null, null, false));
        assertThat(set.screen(List.of(), "มีคนยื่นซองให้กันหน้าไซต์งาน"))
                .isEqualTo(new ScreeningVerdict(true, "test", "ENVELOPE", 1, null, null, true));
        assertThat(set.screen(List.of(), "ไฟทางดับ").inScope()).isFalse();
    }

    @Test
    void theVerdictNamesTheRuleAndItsVersionAndTheReasonIsACodeNotTheText() {
        ScreeningVerdict verdict = screening.screen(List.of(), "ผู้รับเหมาฮั้วประมูลงานซ่อมถนน");
        assertThat(verdict).isEqualTo(new ScreeningVerdict(true, "bid-rigging", "BID-RIGGING-WORDS", 1, null, null, false));
        ScreeningVerdict vetoed = screening.screen(List.of(), "แท็กซี่โกงมิเตอร์ เจ้าหน้าที่ไม่สนใจ");
        assertThat(vetoed.inScope()).isFalse();
        assertThat(vetoed.ruleId()).isEqualTo("MERCHANT-CHEATING");
    }

    @Test
    void traffyCorruptionTagsAreInScopeWhateverTheText() {
        assertThat(screening.screen(List.of("ถนน", "ทุจริต"), "ถนนพัง").reason()).isEqualTo("category");
        assertThat(screening.screen(List.of("กรุงเทพโปร่งใส"), "ขอข้อมูล").ruleId()).isEqualTo("TRAFFY-CORRUPTION-TAGS");
        assertThat(screening.screen(List.of(), "ถนนพัง").inScope()).isFalse();
    }

    @Test
    void termsAreWholeWordsWhateverTheSpacingCaseAndCommonThaiTypos() {
        assertThat(screening.screen(List.of(), "ต้นโกงกางล้ม ผอ.ดูแลไม่ดี").inScope()).isFalse();
        assertThat(screening.screen(List.of(), "ผอ.โกงงบซ่อมถนน").inScope()).isTrue();
        assertThat(screening.screen(List.of(), "จนท. รับ เงิน ใต้ โต๊ะ").inScope()).isTrue();
        assertThat(screening.screen(List.of(), "Officers take BRIBES every night").inScope()).isTrue();
        // sara am typed as nikhahit + sara aa, a tone mark typed twice
        assertThat(screening.screen(List.of(), "ขอค่าน\u0E49\u0E4D\u0E32ร้อนน\u0E49\u0E33ชา").inScope()).isTrue();
        assertThat(screening.screen(List.of(), "เจ้าหน\u0E49\u0E32ท\u0E35\u0E35\u0E48เรียกรับเงิน").inScope()).isTrue();
    }

    @Test
    void aTextNoRuleCanMatchIsDecidedWithoutSegmentation() {
        List<ScreeningRule> rules = new ArrayList<>(ScreeningRuleSeed.loadDefault(Instant.EPOCH));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, rules);
        // no alternative of any in-scope rule occurs even as a substring: out of scope, reason "no signal"
        assertThat(set.screen(List.of(), "ไฟดับทั้งซอย มืดมาก").reason()).isEqualTo(ScreeningVerdict.NO_SIGNAL);
    }

    @Test
    void aPhraseWantsItsPartsInOrderAndACombinationWithinItsWindow() {
        ScreeningRule phrase = rule("PAID-FOR", RuleKind.PHRASE, RuleEffect.IN_SCOPE, 2,
                List.of(List.of("รับเงิน"), List.of("เพื่อ")));
        ScreeningRule combination = rule("OFFICIAL-ENVELOPE", RuleKind.COMBINATION, RuleEffect.IN_SCOPE, 4,
                List.of(List.of("เจ้าหน้าที่"), List.of("ซอง")));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, List.of(phrase, combination));

        assertThat(set.screen(List.of(), "เขารับเงินไปเพื่อย้ายชื่อ").ruleId()).isEqualTo("PAID-FOR");
        assertThat(set.screen(List.of(), "เพื่อนรับเงินไป").inScope()).isFalse();
        assertThat(set.screen(List.of(), "รับเงินค่าของมาแล้วทั้งหมดเพื่อ").inScope()).isFalse();
        assertThat(set.screen(List.of(), "ซองที่เจ้าหน้าที่ได้").ruleId()).isEqualTo("OFFICIAL-ENVELOPE");
        assertThat(set.screen(List.of(), "เจ้าหน้าที่มาตรวจร้านแล้วกลับไปนานมากจึงเห็นซอง").inScope()).isFalse();
    }

    @Test
    void aThreeGroupWithoutRuleTakesAGeneralStaffWordRightBesideTheBodyAsThatBodysOwn() {
        ScreeningRule demand = rule("DEMAND", RuleKind.TERM, RuleEffect.IN_SCOPE, null, List.of(List.of("เรียกเงิน")));
        ScreeningRule outside = rule("OUTSIDE", RuleKind.WITHOUT, RuleEffect.VETO, 3,
                List.of(List.of("ตำรวจ", "ตม."), List.of("เขต", "เทศกิจ"), List.of("เจ้าหน้าที่", "officer")));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, List.of(demand, outside));

        assertThat(set.screen(List.of(), "ไปต่อวีซ่าที่ ตม. เจ้าหน้าที่เรียกเงินค่าผ่อนผัน").ruleId())
                .as("the officer right beside the immigration office is its own").isEqualTo("OUTSIDE");
        assertThat(set.screen(List.of(), "ตำรวจกับเทศกิจเรียกเงินร้านค้า").ruleId())
                .as("a BMA word counts wherever it is").isEqualTo("DEMAND");
        assertThat(set.screen(List.of(), "ตำรวจมาตรวจร้านเมื่อวานตอนเช้า พอบ่ายสามโมงก็มีเจ้าหน้าที่อีกคนมาเรียกเงินค่าที่")
                .ruleId()).as("a general word far from the body may be anyone's").isEqualTo("DEMAND");
    }

    @Test
    void aWithoutRuleVetoesTheWholeRecordUnlessItsSecondGroupIsNamedOutsideItsOwnWords() {
        ScreeningRule demand = rule("DEMAND", RuleKind.TERM, RuleEffect.IN_SCOPE, null, List.of(List.of("เรียกเงิน")));
        ScreeningRule outside = rule("POLICE-ONLY", RuleKind.WITHOUT, RuleEffect.VETO, null,
                List.of(List.of("ตำรวจ", "เจ้าหน้าที่ตำรวจ"), List.of("เจ้าหน้าที่", "เขต")));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, List.of(demand, outside));

        ScreeningVerdict policeOnly = set.screen(List.of(), "ตำรวจที่ด่านเรียกเงินคนขับ 500 บาท");
        assertThat(policeOnly.inScope()).isFalse();
        assertThat(policeOnly.ruleId()).isEqualTo("POLICE-ONLY");
        // the whole record is vetoed, not only the words near the body it names
        assertThat(set.screen(List.of(), "ตำรวจมาที่ร้าน แล้วอีกสามวันต่อมาก็มีคนโทรมาเรียกเงิน").inScope()).isFalse();
        // a staff word inside the body's own words does not count as someone else named
        assertThat(set.screen(List.of(), "เจ้าหน้าที่ตำรวจเรียกเงินคนขับ").inScope()).isFalse();
        assertThat(set.screen(List.of(), "ตำรวจกับเจ้าหน้าที่เรียกเงินร้านค้า").ruleId()).isEqualTo("DEMAND");
        assertThat(set.screen(List.of(), "ตำรวจจราจรแถวเขตนี้เรียกเงิน").ruleId()).isEqualTo("DEMAND");
        assertThat(set.screen(List.of(), "เจ้าหน้าที่เรียกเงินร้านค้า").ruleId()).isEqualTo("DEMAND");
        assertThat(set.anyVetoMatches("ตำรวจเรียกเงิน")).isTrue();
        assertThat(set.anyVetoMatches("ตำรวจกับเขตเรียกเงิน")).isFalse();
    }

    @Test
    void aNumberPlaceholderMatchesArabicAndThaiDigits() {
        ScreeningRule rule = rule("ASKED-AMOUNT", RuleKind.COMBINATION, RuleEffect.IN_SCOPE, 3,
                List.of(List.of("เรียก"), List.of(ScreeningRule.NUMBER)));
        ScreeningRuleSet set = ScreeningRuleSet.of(1, List.of(rule));
        assertThat(set.screen(List.of(), "เรียก 1,500").inScope()).isTrue();
        assertThat(set.screen(List.of(), "เรียก๕๐๐บาท").inScope()).isTrue();
        assertThat(set.screen(List.of(), "เรียกแท็กซี่").inScope()).isFalse();
    }

    @Test
    void aDisabledRuleDoesNothing() {
        ScreeningRule off = new ScreeningRule("BRIBE#2", "BRIBE", 2, RuleKind.TERM, RuleEffect.IN_SCOPE, false,
                List.of(List.of("สินบน")), null, "bribery", "off", Instant.EPOCH, "director", "off");
        assertThat(ScreeningRuleSet.of(2, List.of(off)).screen(List.of(), "รับสินบน").inScope()).isFalse();
    }

    static ScreeningRule rule(String id, RuleKind kind, RuleEffect effect, Integer window, List<List<String>> groups) {
        return new ScreeningRule(id + "#1", id, 1, kind, effect, true, groups, window, "test", "test rule",
                Instant.EPOCH, "test", "test");
    }
}
