package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.RoutingKind;

/** What a forwarded case owes its holder by the 20th, and when two reports in a row show no progress. */
class ProgressReportsTest {

    private static final Destination BANG_RAK = new Destination(DestinationKind.UNIT, "DISTRICT-1004",
            "สำนักงานเขตบางรัก", "Bang Rak District Office");

    /** As CaseWork does it: the case catches up with the clock, then the unit reports. */
    private static boolean report(ComplaintCase c, String note, String at) {
        Instant now = CaseFixtures.bangkok(at);
        c.tick(now, CaseFixtures.POLICY);
        c.perform(CaseAction.REPORT_PROGRESS, ActionDetails.note(note), "pathumwan-officer", now,
                CaseFixtures.POLICY);
        return c.progress().obligations().stream().filter(o -> !now.isAfter(o.dueAt())).findFirst().orElseThrow()
                .withoutProgress();
    }

    @Test
    void theSameNoteTwiceInARowWithNothingHappeningInBetweenShowsNoProgressAndListsTheCase() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);

        assertThat(report(c, "อยู่ระหว่างสอบข้อเท็จจริง เรียกพยาน ๒ ราย", "2023-04-10T10:00:00")).isFalse();
        assertThat(report(c, "อยู่ระหว่าง สอบข้อเท็จจริง, เรียกพยาน 2 ราย.", "2023-05-10T10:00:00")).isTrue();

        assertThat(c.followUp().reasons()).containsExactly(FollowUpReason.NO_PROGRESS);
        assertThat(c.progress().obligations()).extracting(ProgressObligation::month,
                ProgressObligation::withoutProgress).containsExactly(tuple("2023-04", false), tuple("2023-05", true));
    }

    @Test
    void theSameNoteAfterSomethingHappenedOnTheCaseIsNotFlagged() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        report(c, "อยู่ระหว่างดำเนินการ", "2023-04-10T10:00:00");

        c.recordChannelStatus("traffy-status-1", CaseFixtures.bangkok("2023-04-30T10:00:00"), "CHANNEL_STATUS_INPROGRESS",
                "กำลังดำเนินการ");

        assertThat(report(c, "อยู่ระหว่างดำเนินการ", "2023-05-10T10:00:00")).isFalse();
        assertThat(c.followUp()).isNull();
    }

    @Test
    void aNoteThatSaysNothingShowsNoProgressAndALaterReportByThe20thDecides() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);

        assertThat(report(c, " - ", "2023-04-05T10:00:00")).isTrue();
        assertThat(report(c, "สอบปากคำผู้ค้าแล้ว 3 ราย", "2023-04-18T10:00:00")).isFalse();
        assertThat(c.progress().obligations().get(0).reportedAt()).as("on time since the first report")
                .isEqualTo(CaseFixtures.bangkok("2023-04-05T10:00:00"));
    }

    @Test
    void aReportOwedIsOwedToWhoeverHoldsTheCaseOnThe20th() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        c.tick(CaseFixtures.bangkok("2023-04-21T00:00:00"), CaseFixtures.POLICY); // April missed by Pathum Wan

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.REROUTE, BANG_RAK), CaseFixtures.bangkok("2023-05-10T10:00:00"),
                CaseFixtures.POLICY);

        assertThat(c.progress().obligations()).extracting(o -> o.holder().code(), ProgressObligation::month,
                ProgressObligation::status).containsExactly(
                        tuple("DISTRICT-1007", "2023-04", ProgressReportStatus.NOT_FILED),
                        tuple("DISTRICT-1004", "2023-06", ProgressReportStatus.NOT_FILED));
    }

    @Test
    void aDecisionNamingTheSameUnitAgainKeepsWhatItOwes() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        List<ProgressObligation> before = c.progress().obligations();

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.REDECISION, CaseFixtures.UNIT),
                CaseFixtures.bangkok("2023-04-02T10:00:00"), CaseFixtures.POLICY);

        assertThat(c.progress().obligations()).isEqualTo(before);
    }

    @Test
    void aCaseClosedBeforeThe20thOwesThatMonthNothing() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);

        c.perform(CaseAction.COMPLETE, ActionDetails.none(), "pathumwan-officer", CaseFixtures.bangkok("2023-04-12T10:00:00"),
                CaseFixtures.POLICY);

        assertThat(c.progress().obligations()).isEmpty();
    }
}
