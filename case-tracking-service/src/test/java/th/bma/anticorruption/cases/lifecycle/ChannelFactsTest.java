package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.EvidenceLink;

class ChannelFactsTest {

    private static final Instant T1 = CaseFixtures.OPENED.minus(Duration.ofDays(3));
    private static final Instant T2 = CaseFixtures.OPENED.minus(Duration.ofDays(1));
    private static final EvidenceLink PHOTO = new EvidenceLink("https://storage.traffy.in.th/p/1.jpg",
            EvidenceLink.Kind.PHOTO);
    private static final EvidenceLink AFTER = new EvidenceLink("https://storage.traffy.in.th/p/1-after.jpg",
            EvidenceLink.Kind.PHOTO_AFTER);

    @Test
    void anImportedFinishedTicketCompletesItsCaseWhichThenOwesNothingAsTimePasses() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        c.takeChannelFacts(new ChannelFacts("finish", "เสร็จสิ้น", T1, 2, List.of(PHOTO, AFTER), true),
                CaseFixtures.OPENED, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.previousState()).isEqualTo(CaseState.FORWARDED_TO_UNIT);
        assertThat(c.nextAlarmAt()).as("no deadline, progress report or staleness to watch").isNull();
        assertThat(c.timeline()).extracting(TimelineEntry::event).containsExactly("CASE_OPENED", "CLOSED_AT_CHANNEL");
        assertThat(c.channelStatus()).isEqualTo(new ChannelStatus("finish", "เสร็จสิ้น", T1, 2));
        assertThat(c.evidence()).containsExactly(PHOTO, AFTER);

        long version = c.caseVersion();
        assertThat(c.tick(CaseFixtures.OPENED.plus(Duration.ofDays(120)), CaseFixtures.POLICY)).isEmpty();
        assertThat(c.stale()).isFalse();
        assertThat(c.missedProgressMonths()).isEmpty();
        assertThat(c.caseVersion()).isEqualTo(version);
    }

    @Test
    void factsKnownAtTheOpeningCloseTheCaseWithinItsFirstVersion() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.WORKING_GROUP);
        c.takeChannelFactsAtOpening(new ChannelFacts("finish", "เสร็จสิ้น", T1, 0, List.of(), true),
                CaseFixtures.OPENED, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.caseVersion()).isEqualTo(1);
        assertThat(c.previousState()).isNull();
        assertThat(c.nextAlarmAt()).isNull();
    }

    @Test
    void anImportedIrrelevantTicketOnTheInternalTrackCompletesAndDropsItsDeadline() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        assertThat(c.deadline()).isNotNull();
        c.takeChannelFacts(new ChannelFacts("irrelevant", "ไม่เกี่ยวข้อง", T1, 0, List.of(), true),
                CaseFixtures.OPENED, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.deadline()).isNull();
        assertThat(c.timeline()).last().satisfies(e -> assertThat(e.detail()).isEqualTo("irrelevant · ไม่เกี่ยวข้อง"));
    }

    @Test
    void aLiveStatusOnlyShowsAndTheNewestByTheChannelsTimeWinsWhileReopenCountsOnlyGrow() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        long version = c.caseVersion();
        c.takeChannelFacts(new ChannelFacts("finish", "เสร็จสิ้น", T2, null, List.of(AFTER), false),
                CaseFixtures.OPENED, CaseFixtures.POLICY);
        c.takeChannelFacts(new ChannelFacts("start", "รอรับเรื่อง", T1, 1, List.of(PHOTO, AFTER), false),
                CaseFixtures.OPENED, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.FORWARDED_TO_UNIT);
        assertThat(c.caseVersion()).isEqualTo(version);
        assertThat(c.channelStatus()).as("the older start arrived late: finish stays, its reopen count is taken")
                .isEqualTo(new ChannelStatus("finish", "เสร็จสิ้น", T2, 1));
        assertThat(c.evidence()).as("each link once").containsExactly(AFTER, PHOTO);
    }

    @Test
    void aClosedCaseIsNotReopenedNorClosedAgainByTheChannel() {
        ComplaintCase c = CaseFixtures.inState(CaseState.CLOSED_AS_REFERRED);
        long version = c.caseVersion();
        c.takeChannelFacts(new ChannelFacts("finish", "เสร็จสิ้น", T1, 0, List.of(), true), CaseFixtures.OPENED,
                CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.CLOSED_AS_REFERRED);
        assertThat(c.caseVersion()).isEqualTo(version);
    }
}
