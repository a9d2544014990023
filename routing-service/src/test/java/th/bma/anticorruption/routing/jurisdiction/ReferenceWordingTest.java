package th.bma.anticorruption.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.routing.TestFixtures;
import th.bma.anticorruption.routing.decision.RoutingVerdict;

/**
 * The wording the platform's reference-month run sends (one keyword of the line of work in a short accusation): each
 * waits in triage with the line of work suggested right, whatever the channel, and the intake officer may then send
 * it anywhere but the district office of the complaint's district, whose official it accuses.
 */
class ReferenceWordingTest {

    private static final Map<LineOfWork, String> TEXTS = Map.of(
            LineOfWork.PUBLIC_WORKS, "เจ้าหน้าที่เรียกรับสินบนเรื่องถนน",
            LineOfWork.CITY_LAW_ENFORCEMENT, "เจ้าหน้าที่เทศกิจเรียกรับสินบน",
            LineOfWork.REVENUE, "เจ้าหน้าที่เรียกรับสินบนเพื่อลดภาษี",
            LineOfWork.ENVIRONMENT, "เจ้าหน้าที่เรียกรับสินบนเรื่องขยะ",
            LineOfWork.OTHER, "เจ้าหน้าที่เรียกรับสินบน");

    private final RuleBasedRouting routing = TestFixtures.routing(TestFixtures.defaultRuleBook());

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"TRAFFY_FONDUE", "HOTLINE_1555", "LETTER", "WEBSITE",
            "EXECUTIVE_REFERRAL"})
    void eachWaitsInTriageWithItsLineSuggestedAndNeverGoesToItsDistrictOffice(Channel channel) {
        String district = channel == Channel.EXECUTIVE_REFERRAL ? null : "บางพลัด";
        TEXTS.forEach((line, text) -> {
            ComplaintSummary complaint = new ComplaintSummary(channel, "REF-1",
                    OffsetDateTime.parse("2023-03-14T10:21:07+07:00"), district,
                    channel == Channel.TRAFFY_FONDUE || channel == Channel.HOTLINE_1555 ? List.of("ทุจริต") : List.of(),
                    null, text, null, null, "hash");

            RoutingVerdict initial = routing.decide(complaint);

            assertThat(initial.destination().kind()).as(channel + " " + line).isEqualTo(DestinationKind.TRIAGE);
            assertThat(initial.suggestedLineOfWork()).as(channel + " " + text).isEqualTo(line);
            for (String allowed : List.of("BUREAU-PERMANENT-SECRETARY", "WG-2", "WG-3", "NACC", "PACC")) {
                assertThat(routing.accusedsOwnUnit(complaint, line, allowed)).as(allowed).isEmpty();
            }
            if (district != null) {
                assertThat(routing.accusedsOwnUnit(complaint, line, "DISTRICT-1025")).as(channel + " " + line)
                        .isPresent();
            }
        });
    }
}
