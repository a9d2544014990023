package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.decision.RoutingVerdict;

/**
 * A complaint intake's screening was unsure of (no screening rule took it in, only the learned signal) goes to the
 * centre's triage by the default rule {@value #RULE}, before any rule that names a destination; a complaint screening
 * was sure of is routed as before, and once an officer gives its line of work the rules decide without the doubt.
 */
class ScreeningDoubtRoutingTest {

    private static final String RULE = "SCREENING-DOUBT-TRIAGE";
    private static final ScreeningDoubt DOUBT = new ScreeningDoubt("LEARNED-SIGNAL", 0.962, 0.913,
            "ไม่มีกฎคัดกรองใดพบว่าเป็นเรื่องทุจริต แบบจำลองให้คะแนน 0.962 (เกณฑ์ 0.913)",
            "No screening rule found corruption in it; the model scored it 0.962 (threshold 0.913)");
    /** Names a senior official's level, which would otherwise send it straight to the PACC. */
    private static final ComplaintSummary SENIOR_OFFICIAL = new ComplaintSummary(Channel.HOTLINE_1555, "CALL-D1",
            OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "บางรัก", List.of(), null,
            "ผู้แจ้งแจ้งว่านายช่างของเขตขอแบ่งเงินจากผู้รับเหมาทุกงวดงาน", null,
            new AccusedPerson(null, "วิศวกรโยธา", "ชำนาญการพิเศษ", null, null), "hash");
    /** Vendors paying enforcement officers: otherwise working group 3. */
    private static final ComplaintSummary VENDORS = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-D00002",
            OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "สาทร", List.of("หาบเร่แผงลอย"), "ฝ่ายเทศกิจ เขตสาทร",
            "พ่อค้าแม่ค้าหน้าตลาดต้องฝากเงินให้เทศกิจทุกต้นเดือน", null, null, "hash");

    private final RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());

    @Test
    void aDoubtedComplaintGoesToTriageByTheRuleNamedWithTheDoubtInTheReason() {
        for (ComplaintSummary complaint : List.of(SENIOR_OFFICIAL, VENDORS)) {
            RoutingVerdict verdict = routing.decide(complaint, DOUBT);

            assertThat(verdict.destination().kind()).isEqualTo(DestinationKind.TRIAGE);
            assertThat(verdict.rule().ruleId()).isEqualTo(RULE);
            assertThat(verdict.rule().ruleVersion()).isEqualTo(1);
            assertThat(verdict.rulesUsed()).extracting(v -> v.ruleId()).containsExactly(RULE);
            assertThat(verdict.rule().reasonTh()).contains("การคัดกรองไม่แน่ใจ", "0.962");
            assertThat(verdict.rule().reasonEn()).contains("Screening was unsure", "0.962", "intake officer");
        }
    }

    @Test
    void theSameComplaintsScreeningWasSureOfGoWhereTheirDestinationRulesSay() {
        assertThat(routing.decide(SENIOR_OFFICIAL).rule().ruleId()).isEqualTo("ACCUSED-SENIOR-OFFICIAL-PACC");
        assertThat(routing.decide(SENIOR_OFFICIAL).destination().code()).isEqualTo("PACC");
        assertThat(routing.decide(VENDORS, (ScreeningDoubt) null).rule().ruleId())
                .isEqualTo("AREA-CITY-LAW-ENFORCEMENT-WG3");
    }

    @Test
    void onceAnOfficerGivesTheLineOfWorkTheRulesDecideWithoutTheDoubt() {
        RoutingVerdict verdict = routing.decide(VENDORS, LineOfWork.CITY_LAW_ENFORCEMENT);

        assertThat(verdict.rule().ruleId()).isEqualTo("AREA-CITY-LAW-ENFORCEMENT-WG3");
        assertThat(verdict.destination().code()).isEqualTo("WG-3");
    }
}
