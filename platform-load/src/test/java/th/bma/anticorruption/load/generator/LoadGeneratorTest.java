package th.bma.anticorruption.load.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;

class LoadGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);

    private final IntakeRules intake = new IntakeRules();

    @Test
    void traffyWebhooksPassIntakeValidationAndScreenAsMeant() {
        LoadGenerator generator = new LoadGenerator(ComplaintMix.REALISTIC, 7, CLOCK);
        int inScope = 0;
        for (int i = 0; i < 1500; i++) {
            IntakeRequest request = generator.nextTraffyNewIssue(i % 3 == 0);
            IncomingComplaint complaint = IntakeRules.traffyWebhook(request);

            assertThat(complaint.channelRecordId()).isEqualTo(request.channelRecordId());
            assertThat(complaint.district()).isEqualTo(request.district().nameTh());
            assertThat(complaint.receivedAt().toLocalDate()).hasToString("2026-11-23");
            assertThat(IntakeRules.screenedInScope(complaint)).as(complaint.description()).isEqualTo(request.inScope());
            inScope += request.inScope() ? 1 : 0;
        }
        assertThat(inScope).isEqualTo(500);
    }

    @Test
    void hotlineCallsAreAcceptedByTheHotlineEndpointAndScreenedInScope() {
        LoadGenerator generator = new LoadGenerator(ComplaintMix.REALISTIC, 11, CLOCK);
        for (int i = 0; i < 300; i++) {
            IntakeRequest request = generator.nextHotlineCall();
            IncomingComplaint complaint = intake.hotlineCall(request);

            assertThat(request.endpoint()).isEqualTo(IntakeEndpoint.HOTLINE_1555);
            assertThat(complaint.channel()).isEqualTo(Channel.HOTLINE_1555);
            assertThat(complaint.channelRecordId()).isEqualTo(request.channelRecordId());
            assertThat(complaint.district()).isEqualTo(request.district().nameTh());
            assertThat(IntakeRules.callScreenedInScope(complaint)).as(complaint.description()).isTrue();
        }
    }

    @Test
    void officersRegistrationsAreAcceptedByTheComplaintsEndpoint() {
        LoadGenerator generator = new LoadGenerator(ComplaintMix.REALISTIC, 13, CLOCK);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (int i = 0; i < 300; i++) {
            IntakeRequest request = generator.nextOfficerComplaint();
            IncomingComplaint complaint = intake.officerComplaint(request);

            channels.add(complaint.channel());
            assertThat(complaint.channel()).isEqualTo(request.channel());
            assertThat(complaint.channelRecordId()).isEqualTo(request.channelRecordId());
            assertThat(complaint.district()).isEqualTo(request.district() == null ? null : request.district().nameTh());
        }
        assertThat(channels).containsExactlyInAnyOrder(Channel.LETTER, Channel.WALK_IN, Channel.EXECUTIVE_REFERRAL,
                Channel.WEBSITE);
    }

    @Test
    void theMixFollowsItsSharesOverAllFiftyDistrictsWithUniqueIds() {
        LoadGenerator generator = new LoadGenerator(ComplaintMix.REALISTIC, 42, CLOCK);
        int total = 20_000;
        Map<IntakeEndpoint, Integer> byEndpoint = new EnumMap<>(IntakeEndpoint.class);
        Set<BangkokDistrict> districts = EnumSet.noneOf(BangkokDistrict.class);
        Set<String> ids = new HashSet<>();
        int traffyInScope = 0;
        for (int i = 0; i < total; i++) {
            IntakeRequest request = generator.next();
            byEndpoint.merge(request.endpoint(), 1, Integer::sum);
            if (request.district() != null) {
                districts.add(request.district());
            }
            ids.add(request.channelRecordId());
            if (request.channel() == Channel.TRAFFY_FONDUE && request.inScope()) {
                traffyInScope++;
            }
        }

        assertThat(byEndpoint.get(IntakeEndpoint.TRAFFY_NEW_ISSUE) / (double) total).isCloseTo(0.85, within(0.01));
        assertThat(byEndpoint.get(IntakeEndpoint.HOTLINE_1555) / (double) total).isCloseTo(0.10, within(0.01));
        assertThat(byEndpoint.get(IntakeEndpoint.OFFICER_COMPLAINT) / (double) total).isCloseTo(0.05, within(0.01));
        assertThat(traffyInScope / (double) byEndpoint.get(IntakeEndpoint.TRAFFY_NEW_ISSUE)).isCloseTo(0.06, within(0.01));
        assertThat(districts).hasSize(50);
        assertThat(ids).hasSize(total).allMatch(id -> id.contains(generator.runTag()));
        assertThat(generator.generated()).isEqualTo(total);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherIds() {
        List<String> first = bodies(new LoadGenerator(ComplaintMix.REALISTIC, 99, CLOCK));
        List<String> again = bodies(new LoadGenerator(ComplaintMix.REALISTIC, 99, CLOCK));
        LoadGenerator other = new LoadGenerator(ComplaintMix.REALISTIC, 100, CLOCK);

        assertThat(again).isEqualTo(first);
        assertThat(other.runTag()).isNotEqualTo(new LoadGenerator(ComplaintMix.REALISTIC, 99, CLOCK).runTag());
    }

    @Test
    void sharesThatDoNotAddUpAreRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ComplaintMix(0.8, 0.1, 0.2, 0.05));
        assertThat(ComplaintMix.REALISTIC.inScopeShare()).isCloseTo(0.85 * 0.06 + 0.15, within(1e-9));
    }

    private static List<String> bodies(LoadGenerator generator) {
        return IntStream.range(0, 200).mapToObj(i -> generator.next().body()).toList();
    }
}
