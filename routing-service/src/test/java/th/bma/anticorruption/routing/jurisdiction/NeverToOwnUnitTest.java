package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.decision.RoutingVerdict;
import th.bma.anticorruption.routing.rules.AccusedUnitFinding;
import th.bma.anticorruption.routing.rules.RoutingRule;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleDraft;

/**
 * The fixed policy holds whatever the centre does to the rule table: with the rules for an accused unit disabled, a
 * rule that would send the complaint to the accused's unit is overridden, to the working group of its area or the
 * internal track, and the decision names both the rule and the policy; officers cannot name that unit either.
 */
class NeverToOwnUnitTest {

    private static final ComplaintSummary REVENUE_BRIBE = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-BR0001",
            OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "บางรัก", List.of("ร้องเรียน"), "ฝ่ายรายได้ เขตบางรัก",
            "มีการจ่ายเงินใต้โต๊ะเพื่อลดภาษีป้ายของร้านค้าในซอย", null, null, "hash");
    private static final ComplaintSummary HEARSAY = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-CT0045",
            OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "จอมทอง", List.of("ทุจริต"), "เขตจอมทอง",
            "ได้ข่าวว่าที่ดินว่างหลังวัดถูกขายให้นายทุน มีคนบอกว่ามีคนในเขตช่วย ไม่รู้จริงไหม", null, null, "hash");

    @Test
    void aRuleThatWouldSendItToTheAccusedsUnitIsOverriddenToTheInternalTrack() {
        RuleBook book = TestFixtures.defaultRuleBook();
        disable(book, "ACCUSED-UNIT-INTERNAL-TRACK");
        RuleBasedRouting routing = TestFixtures.routing(book);

        RoutingVerdict verdict = routing.decide(REVENUE_BRIBE);

        assertThat(verdict.destination().code()).isEqualTo("CSC-OFFICE");
        assertThat(verdict.rule().ruleId()).isEqualTo(RuleBasedRouting.NEVER_TO_OWN_UNIT);
        assertThat(verdict.rulesUsed()).extracting(v -> v.ruleId())
                .containsExactly("RESPONSIBLE-UNIT", RuleBasedRouting.NEVER_TO_OWN_UNIT);
        assertThat(verdict.rule().reasonTh()).contains("สำนักงานเขตบางรัก", "ใต้โต๊ะ");
        assertThat(verdict.rule().reasonEn()).contains("Bang Rak District Office");
    }

    @Test
    void aWorkingGroupIsPreferredWhereTheLineOfWorkHasOne() {
        RuleBook book = TestFixtures.defaultRuleBook();
        disable(book, "AREA-CITY-LAW-ENFORCEMENT-WG3");
        disable(book, "ACCUSED-UNIT-INTERNAL-TRACK");
        RuleBasedRouting routing = TestFixtures.routing(book);
        ComplaintSummary vendors = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-ST0001",
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "สาทร", List.of("หาบเร่แผงลอย"),
                "ฝ่ายเทศกิจ เขตสาทร", "เทศกิจเรียกเก็บค่าคุ้มครองจากรถเข็นขายอาหาร เดือนละ 1,500", null, null, "hash");

        assertThat(routing.decide(vendors).destination().code()).isEqualTo("WG-3");
        assertThat(routing.decide(vendors).rule().ruleId()).isEqualTo(RuleBasedRouting.NEVER_TO_OWN_UNIT);
    }

    @Test
    void anOfficerCannotNameTheInferredUnitButMayNameAnother() {
        RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());

        assertThat(routing.accusedsOwnUnit(REVENUE_BRIBE, LineOfWork.REVENUE, "DISTRICT-1004")).get()
                .asString().contains("Bang Rak District Office");
        assertThat(routing.accusedsOwnUnit(REVENUE_BRIBE, LineOfWork.REVENUE, "BUREAU-FINANCE")).isEmpty();
    }

    @Test
    void theResponsibleUnitRuleSendsToTriageWhenItCannotTellWhetherThePlacesStaffAreAccused() {
        RuleBook book = TestFixtures.defaultRuleBook();
        disable(book, "ACCUSED-UNIT-UNSURE-TRIAGE");
        RuleBasedRouting routing = TestFixtures.routing(book);

        RoutingVerdict verdict = routing.decide(HEARSAY);

        assertThat(verdict.destination().kind()).isEqualTo(DestinationKind.TRIAGE);
        assertThat(verdict.rule().ruleId()).isEqualTo("RESPONSIBLE-UNIT");
        assertThat(verdict.rule().reasonTh()).contains("สำนักงานเขตจอมทอง", "ยังบอกไม่ได้", "ตรวจสอบข้อมูล");
        assertThat(verdict.rule().reasonEn()).contains("Chom Thong District Office", "cannot be told",
                "under verification");
    }

    @Test
    void anOfficerCannotNameThePlacesUnitWhenItCannotBeToldWhetherItsStaffAreAccused() {
        RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());

        assertThat(routing.accusedUnit(HEARSAY, LineOfWork.OTHER).finding()).isEqualTo(AccusedUnitFinding.UNCLEAR);
        assertThat(routing.accusedsOwnUnit(HEARSAY, LineOfWork.OTHER, "DISTRICT-1035")).get().asString()
                .contains("Chom Thong District Office", "cannot be told");
        assertThat(routing.accusedsOwnUnit(HEARSAY, LineOfWork.PUBLIC_WORKS, "DISTRICT-1035"))
                .as("whatever the officer's line of work").isPresent();
        assertThat(routing.accusedsOwnUnit(HEARSAY, LineOfWork.OTHER, "CSC-OFFICE")).isEmpty();
        assertThat(routing.accusedsOwnUnit(HEARSAY, LineOfWork.OTHER, "DISTRICT-1004")).isEmpty();
    }

    @Test
    void aRequestToActAgainstSomeoneElseStillGoesToTheUnitOfThePlace() {
        RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());
        ComplaintSummary garage = new ComplaintSummary(Channel.HOTLINE_1555, "1555-0001",
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "สวนหลวง", List.of("ร้องเรียน"), null,
                "ผู้แจ้งแจ้งว่าอู่พ่นสีรถในซอยอ่อนนุช44 เหม็นทินเนอร์ทั้งวัน ขอให้เขตตรวจสอบ", null, null, "hash");

        assertThat(routing.decide(garage).destination().code()).isEqualTo("DISTRICT-1034");
    }

    private static void disable(RuleBook book, String ruleId) {
        RoutingRule rule = book.current().rule(ruleId).orElseThrow();
        book.change(ruleId, new RuleDraft(rule.priority(), false, rule.when(), rule.then(), rule.reasonTh(),
                rule.reasonEn(), "ทดสอบนโยบายไม่ส่งหน่วยงานต้นสังกัด", rule.version()), "director");
    }
}
