package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.rules.AccusedUnitFinding;

class AccusedUnitInferenceTest {

    private static final Set<String> LEVELS = Set.of("ปฏิบัติการ", "ชำนาญการ", "ชำนาญงาน", "อาวุโส", "ชำนาญการพิเศษ");

    private final AccusedUnitInference inference = TestFixtures.ACCUSED_UNITS;

    @Test
    void aTraffyTicketAccusingTheStaffOfTheSectionItWentToAccusesThatDistrictOffice() {
        AccusedUnit found = infer(traffy("ฝ่ายรายได้ เขตบางรัก", "บางรัก",
                "มีการจ่ายเงินใต้โต๊ะเพื่อลดภาษีป้ายของร้านค้าในซอย"), LineOfWork.REVENUE);

        assertThat(found.finding()).isEqualTo(AccusedUnitFinding.INFERRED);
        assertThat(found.source()).isEqualTo(AccusedUnit.Source.ORGANISATION);
        assertThat(found.unit().code()).isEqualTo("DISTRICT-1004-REVENUE");
        assertThat(found.avoidedCode()).isEqualTo("DISTRICT-1004");
        assertThat(found.basisTh()).contains("ฝ่ายรายได้ สำนักงานเขตบางรัก", "ใต้โต๊ะ");
        assertThat(found.basisEn()).contains("Revenue Section, Bang Rak District Office");
    }

    @Test
    void anOfficeNamedWithTheAccusedStaffWinsOverTheOrganisation() {
        AccusedUnit found = infer(traffy("ฝ่ายโยธา เขตประเวศ", "ประเวศ", "จนท.เทศกิจเขตสาทรเก็บเงินแม่ค้าทุกวัน"),
                LineOfWork.PUBLIC_WORKS);

        assertThat(found.source()).isEqualTo(AccusedUnit.Source.TEXT);
        assertThat(found.avoidedCode()).isEqualTo("DISTRICT-1028");
        assertThat(found.unit().code()).isEqualTo("DISTRICT-1028-CITY-LAW-ENFORCEMENT");
    }

    @Test
    void aCallAccusingStaffAccusesItsDistrictOfficesSectionOfTheLineOfWork() {
        ComplaintSummary call = call("ปทุมวัน", "ผู้แจ้งแจ้งว่าเจ้าหน้าที่เรียกรับเงินค่าขอใบอนุญาตก่อสร้าง");

        assertThat(infer(call, LineOfWork.PUBLIC_WORKS).unit().code()).isEqualTo("DISTRICT-1007-PUBLIC-WORKS");
        assertThat(infer(call, LineOfWork.OTHER).unit().code()).as("no section of that line: the office")
                .isEqualTo("DISTRICT-1007");
        assertThat(infer(call, LineOfWork.OTHER).source()).isEqualTo(AccusedUnit.Source.PLACE);
    }

    @Test
    void aUnitAskedToActAgainstSomeoneElseIsNotAccused() {
        assertThat(infer(traffy("ฝ่ายเทศกิจ เขตปทุมวัน", "ปทุมวัน",
                "ร้านอาหารตั้งโต๊ะบนทางเท้าเต็มไปหมด ขอให้เทศกิจมาจัดการด้วย"), LineOfWork.CITY_LAW_ENFORCEMENT)
                .finding()).isEqualTo(AccusedUnitFinding.NONE);
        assertThat(infer(traffy("ฝ่ายรายได้ เขตบางรัก", "บางรัก",
                "ห้างติดป้ายโฆษณาแต่แจ้งขนาดไม่ตรงเพื่อเลี่ยงภาษีป้าย ขอให้ฝ่ายรายได้ตรวจสอบ"), LineOfWork.REVENUE)
                .finding()).isEqualTo(AccusedUnitFinding.NONE);
    }

    @Test
    void hearsayAboutThePlacesOwnPeopleIsNoRequestToActEvenWithARequestWord() {
        AccusedUnit hearsay = infer(traffy("เขตจอมทอง", "จอมทอง",
                "ได้ข่าวว่าที่ดินว่างหลังวัดถูกขายให้นายทุน มีคนบอกว่ามีคนในเขตช่วย ไม่รู้จริงไหม"), LineOfWork.OTHER);
        assertThat(hearsay.finding()).as("ช่วย is the insiders' help, not a request").isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(hearsay.unit().code()).isEqualTo("DISTRICT-1035");

        assertThat(infer(traffy("เขตธนบุรี", "ธนบุรี", "ร้านเหล้าเปิดเกินเวลาทุกคืน ขอให้เขตมาตรวจด้วย สงสัยจะมีเส้น"),
                LineOfWork.OTHER).finding()).as("a request beside a hint at insiders").isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(infer(traffy("เขตธนบุรี", "ธนบุรี", "ร้านเหล้าเปิดเกินเวลาทุกคืน ขอให้เขตมาตรวจด้วย"),
                LineOfWork.OTHER).finding()).as("the same request alone").isEqualTo(AccusedUnitFinding.NONE);
    }

    @Test
    void colloquialWordsForTheDistrictsStaffAccuseThatDistrictOffice() {
        AccusedUnit sister = infer(traffy("ฝ่ายโยธา เขตบางกะปิ", "บางกะปิ",
                "พี่ที่เขตบอกว่าถ้าจะให้ผ่านเร็วต้องมีค่าเดินเรื่องห้าพัน"), LineOfWork.PUBLIC_WORKS);
        assertThat(sister.finding()).isEqualTo(AccusedUnitFinding.INFERRED);
        assertThat(sister.avoidedCode()).isEqualTo("DISTRICT-1006");

        AccusedUnit insider = infer(call("ทวีวัฒนา", "คนในเขตทวีวัฒนาเอาเงินบริจาคช่วยน้ำท่วมไปใช้ส่วนตัว"),
                LineOfWork.OTHER);
        assertThat(insider.finding()).isEqualTo(AccusedUnitFinding.INFERRED);
        assertThat(insider.avoidedCode()).isEqualTo("DISTRICT-1048");

        AccusedUnit subordinates = infer(traffy("ฝ่ายเทศกิจ เขตบางนา", "บางนา",
                "ลูกน้องผอ.เขตที่คุมหน้าตลาดเก็บค่าแผงแม่ค้าวันละ50 ไม่เคยมีใบเสร็จ"), LineOfWork.CITY_LAW_ENFORCEMENT);
        assertThat(subordinates.avoidedCode()).isEqualTo("DISTRICT-1047");
        assertThat(subordinates.position()).as("the director's staff are accused, not the director").isNull();
    }

    @Test
    void aSectionTheTextNamesAsAnOfficeIsKeptButAStaffWordAloneIsNot() {
        assertThat(infer(call("บางกะปิ", "ผู้แจ้งแจ้งว่า จนท.ฝ่ายโยธาเขตบางกะปิ เรียกรับเงิน 20,000 บ."),
                LineOfWork.OTHER).namedSection().code()).isEqualTo("DISTRICT-1006-PUBLIC-WORKS");
        assertThat(infer(call("บางกะปิ", "ผู้แจ้งแจ้งว่า จนท.เทศกิจ เรียกรับเงินแม่ค้า"), LineOfWork.CITY_LAW_ENFORCEMENT)
                .namedSection()).isNull();
    }

    @Test
    void thanksAndImpostorsAccuseNoStaff() {
        assertThat(infer(traffy("ฝ่ายทะเบียน เขตดุสิต", "ดุสิต",
                "ขอบคุณจนท.ทะเบียนเขตดุสิตที่มาทำบัตรให้แม่ถึงบ้าน ไม่เก็บเงินสักบาท"), LineOfWork.OTHER).finding())
                .isEqualTo(AccusedUnitFinding.NONE);
        assertThat(infer(call("สาทร", "ผู้แจ้งแจ้งว่ามีคนโทรอ้างเป็นจนท.เขตสาทร ให้โอนค่าต่อใบอนุญาตเข้าบัญชีส่วนตัว"),
                LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.NONE);
        assertThat(infer(traffy("ฝ่ายรายได้ เขตสัมพันธวงศ์", "สัมพันธวงศ์",
                "ขอบคุณจนท.ที่บริการดี แต่อีกคนบอกว่าถ้าจ่ายเพิ่มจะประเมินป้ายให้ถูกลง"), LineOfWork.REVENUE).finding())
                .as("thanks beside an accusation").isEqualTo(AccusedUnitFinding.INFERRED);
    }

    @Test
    void impostorsPraiseAndPaymentsToOutsidersAccuseNoStaff() {
        assertThat(infer(call("บางนา", "มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่เขตโทรมาเรียกเงินค่าปรับ ขอให้เขตเตือนประชาชน"),
                LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.NONE);
        assertThat(infer(traffy("ฝ่ายเทศกิจ เขตดินแดง", "ดินแดง",
                "เจ้าหน้าที่เทศกิจไม่เคยเก็บเงินแม่ค้า"), LineOfWork.CITY_LAW_ENFORCEMENT).finding())
                .as("a negated act is no accusation; staff doing something leaves it open")
                .isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(infer(traffy("เขตคลองเตย", "คลองเตย", "ผู้ค้าจ่ายส่วยให้ตำรวจทุกเดือน ขอให้เขตประสาน"),
                LineOfWork.CITY_LAW_ENFORCEMENT).finding()).isEqualTo(AccusedUnitFinding.NONE);
    }

    @Test
    void impostorsAreSomeoneElseEvenWithoutARequestAndATextOfNeitherIsUnclear() {
        assertThat(infer(call("บางคอแหลม", "มีผู้ชายแต่งตัวเหมือนเจ้าหน้าที่เขตมาเก็บเงินค่าลงทะเบียนผู้สูงอายุ"),
                LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.NONE);

        AccusedUnit neither = infer(new ComplaintSummary(Channel.WEBSITE, "W-3", AT, null, List.of(), null,
                "ทุจริตครับ", null, null, "hash"), LineOfWork.OTHER);
        assertThat(neither.finding()).isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(neither.unit()).isNull();
        assertThat(neither.avoidedCode()).isNull();
    }

    @Test
    void theChannelsNamedUnitComesFirstAndAPoliticalOfficeHasNoUnit() {
        ComplaintSummary named = new ComplaintSummary(Channel.LETTER, "L-1", AT, "บางรัก", List.of(), null,
                "ลูกจ้างเรียกเงินจากผู้มาติดต่อ", null,
                new AccusedPerson(null, "ลูกจ้างประจำ", null, "สำนักงานเขตสาทร", null), "hash");
        assertThat(infer(named, LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.NAMED);
        assertThat(infer(named, LineOfWork.OTHER).avoidedCode()).isEqualTo("DISTRICT-1028");

        AccusedUnit councillor = infer(call("บางรัก", "สมาชิกสภากรุงเทพมหานครเรียกรับเงินจากผู้ประกอบการ"),
                LineOfWork.OTHER);
        assertThat(councillor.finding()).isEqualTo(AccusedUnitFinding.NONE);
        assertThat(councillor.position()).isEqualTo("สมาชิกสภากรุงเทพมหานคร");
    }

    @Test
    void staffAccusedWithNoUnitOrPlaceIsUnknownAndATextThatSaysNeitherIsUnclear() {
        ComplaintSummary nowhere = new ComplaintSummary(Channel.WEBSITE, "W-1", AT, null, List.of(), null,
                "มีเจ้าหน้าที่เรียกรับเงินจากประชาชนที่มาติดต่อราชการ", null, null, "hash");
        assertThat(infer(nowhere, LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.UNKNOWN);

        AccusedUnit unclear = infer(traffy("ฝ่ายรายได้ เขตบางรัก", "บางรัก", "เรื่องภาษีป้ายของเขตไม่โปร่งใสเลย"),
                LineOfWork.REVENUE);
        assertThat(unclear.finding()).isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(unclear.avoidedCode()).isNull();
    }

    @Test
    void aLevelWrittenWithTheAccusedAndAnEnglishTicketAreRead() {
        AccusedUnit technician = infer(traffy("ฝ่ายโยธา เขตบางกอกน้อย", "บางกอกน้อย",
                "นายช่างโยธาชำนาญงานรับเงินจากผู้รับเหมา"), LineOfWork.PUBLIC_WORKS);
        assertThat(technician.level()).isEqualTo("ชำนาญงาน");

        AccusedUnit english = infer(new ComplaintSummary(Channel.WEBSITE, "W-2", AT, null, List.of(), null,
                "An officer at Bang Kapi district office asked me for 2,000 baht", null, null, "hash"),
                LineOfWork.OTHER);
        assertThat(english.avoidedCode()).isEqualTo("DISTRICT-1006");
    }

    @Test
    void theOneWhoPassesTheComplaintOnIsNotTheAccused() {
        AccusedUnit referred = infer(new ComplaintSummary(Channel.EXECUTIVE_REFERRAL, "R-1", AT, null, List.of(), null,
                "รองผู้ว่าฯ ส่งเรื่องมาให้ตรวจสอบ เจ้าหน้าที่ทะเบียนเขตบางแคขายบัตรคิว", null, null, "hash"),
                LineOfWork.OTHER);
        assertThat(referred.finding()).isEqualTo(AccusedUnitFinding.INFERRED);
        assertThat(referred.avoidedCode()).isEqualTo("DISTRICT-1040");
        assertThat(referred.position()).isNull();

        AccusedUnit ownTechnician = infer(new ComplaintSummary(Channel.EXECUTIVE_REFERRAL, "R-2", AT, null, List.of(),
                null, "ผู้อำนวยการเขตดินแดงส่งเรื่องมาให้ตรวจสอบนายช่างของเขตที่รับเงินผู้รับเหมา", null, null, "hash"),
                LineOfWork.PUBLIC_WORKS);
        assertThat(ownTechnician.position()).as("the director refers; the technician is accused").isNull();
        assertThat(ownTechnician.avoidedCode()).isEqualTo("DISTRICT-1026");
    }

    @Test
    void anActBelongsToTheStaffWrittenNearestBeforeIt() {
        AccusedUnit found = infer(call("จอมทอง", "ผอ.เขตท่านตั้งใจทำงานดี แต่ลูกน้องฝ่ายเทศกิจแอบเก็บเงินแม่ค้า"),
                LineOfWork.CITY_LAW_ENFORCEMENT);

        assertThat(found.position()).as("the praised director is not accused").isNull();
        assertThat(found.unit().code()).isEqualTo("DISTRICT-1035-CITY-LAW-ENFORCEMENT");
    }

    @Test
    void aLevelWrittenAFewWordsAfterTheStaffWordIsRead() {
        assertThat(infer(call("บางขุนเทียน", "ข้าราชการของเขต ตำแหน่งระดับชำนาญการพิเศษ รับเงินจากนายทุนถมที่ดิน"),
                LineOfWork.OTHER).level()).isEqualTo("ชำนาญการพิเศษ");
        assertThat(infer(traffy("ฝ่ายเทศกิจ เขตบางเขน", "บางเขน",
                "ขอร้องเรียนเทศกิจ ระดับชำนาญงาน ที่ประจำจุดหน้าตลาด เก็บเงินแม่ค้าวันละ 20"),
                LineOfWork.CITY_LAW_ENFORCEMENT).level()).isEqualTo("ชำนาญงาน");
        assertThat(infer(call("บางนา", "เจ้าหน้าที่เรียกเงิน. ส่วนหัวหน้าฝ่ายเป็นชำนาญการพิเศษ"), LineOfWork.OTHER)
                .level()).as("not across a sentence").isNull();
        assertThat(infer(call("บางซื่อ", "ขรก.ระดับชำนาญการพิเศษ ฝ่ายโยธา เขตบางซื่อ อนุมัติแบบให้บริษัทของลูกชาย"),
                LineOfWork.PUBLIC_WORKS).level()).as("the level of the staff written just before the office that acts")
                .isEqualTo("ชำนาญการพิเศษ");
    }

    @Test
    void aTitleAsTheChannelWroteItIsReadInTheRuleTablesWords() {
        assertThat(inference.titleOf("ผอ.กองควบคุมอาคาร")).isEqualTo("ผู้อำนวยการกองควบคุมอาคาร");
        assertThat(inference.titleOf("ปลัดเขตบางรัก")).isEqualTo("ผู้ช่วยผู้อำนวยการเขตบางรัก");
        assertThat(inference.titleOf("ผช.ผอ.เขตคลองสาน")).isEqualTo("ผู้ช่วยผู้อำนวยการเขตคลองสาน");
        assertThat(inference.titleOf("นายช่างโยธาอาวุโส")).isEqualTo("นายช่างโยธาอาวุโส");
    }

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-14T10:21:07+07:00");

    private AccusedUnit infer(ComplaintSummary complaint, LineOfWork line) {
        return inference.infer(complaint, line, LEVELS);
    }

    private static ComplaintSummary traffy(String organisation, String district, String text) {
        return new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-ABC123", AT, district, List.of("ทุจริต"),
                organisation, text, null, null, "hash");
    }

    private static ComplaintSummary call(String district, String text) {
        return new ComplaintSummary(Channel.HOTLINE_1555, "CALL-1", AT, district, List.of("ทุจริต"), null, text, null,
                null, "hash");
    }
}
