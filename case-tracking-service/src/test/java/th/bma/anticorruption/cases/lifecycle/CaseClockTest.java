package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.DeadlineStatus;

/** Time acting on a case: each reminder once, one breach, restarts and clocks going back, the 20th, staleness. */
class CaseClockTest {

    @Test
    void eachReminderFiresOnceAndTheBreachExactlyOnceWhateverTheClockDoes() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        List<CaseAlert> alerts = new ArrayList<>();

        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-02T23:59:59"), CaseFixtures.POLICY));
        assertThat(alerts).isEmpty();
        assertThat(c.nextAlarmAt()).isEqualTo(CaseFixtures.bangkok("2023-04-03T00:00:00"));

        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-03T00:00:00"), CaseFixtures.POLICY));
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-05T09:00:00"), CaseFixtures.POLICY));
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-10T08:00:00"), CaseFixtures.POLICY));
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-01T08:00:00"), CaseFixtures.POLICY)); // clock went back
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-11T08:00:00"), CaseFixtures.POLICY));
        assertThat(alerts).containsExactly(new CaseAlert.DeadlineReminderDue(10),
                new CaseAlert.DeadlineReminderDue(3));

        alerts.clear();
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-13T23:59:59"), CaseFixtures.POLICY));
        assertThat(alerts).as("due at 23:59:59 is still in time").isEmpty();
        long version = c.caseVersion();
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-14T00:00:00"), CaseFixtures.POLICY));
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-13T12:00:00"), CaseFixtures.POLICY)); // back before the due moment
        alerts.addAll(c.tick(CaseFixtures.bangkok("2023-04-20T00:00:00"), CaseFixtures.POLICY));
        assertThat(alerts).containsExactly(new CaseAlert.DeadlineBreach());
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(c.caseVersion()).as("a breach is a new snapshot").isEqualTo(version + 1);
    }

    @Test
    void aServiceDownOverTheDueMomentBreachesOnceOnReturnWithoutStaleReminders() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);

        List<CaseAlert> alerts = c.tick(CaseFixtures.bangkok("2023-04-16T09:00:00"), CaseFixtures.POLICY);

        assertThat(alerts).containsExactly(new CaseAlert.DeadlineBreach());
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-16T09:01:00"), CaseFixtures.POLICY)).isEmpty();
    }

    @Test
    void aServiceDownOverBothReminderDaysSendsOnlyTheLatestReminder() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);

        assertThat(c.tick(CaseFixtures.bangkok("2023-04-11T09:00:00"), CaseFixtures.POLICY))
                .containsExactly(new CaseAlert.DeadlineReminderDue(3));
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-12T09:00:00"), CaseFixtures.POLICY)).isEmpty();
    }

    @Test
    void aSubcommitteeAppointedInTimeMeetsTheDeadlineAndNothingFiresAfterwards() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, CaseFixtures.fullDetails(), "director",
                CaseFixtures.bangkok("2023-04-13T17:00:00"), CaseFixtures.POLICY);

        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-20T00:00:00"), CaseFixtures.POLICY))
                .noneMatch(a -> a instanceof CaseAlert.DeadlineBreach || a instanceof CaseAlert.DeadlineReminderDue);
    }

    @Test
    void aUnitThatDoesNotReportByThe20thIsFlaggedOncePerMonth() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT); // forwarded 14 March: first report due 20 April

        assertThat(c.tick(CaseFixtures.bangkok("2023-04-14T23:59:59"), CaseFixtures.POLICY)).isEmpty();
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-20T23:59:59"), CaseFixtures.POLICY)).as("reminded 5 days before")
                .containsExactly(new CaseAlert.ProgressReportReminder(YearMonth.of(2023, 4), LocalDate.of(2023, 4, 20),
                        5));
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-21T00:00:00"), CaseFixtures.POLICY))
                .containsExactly(new CaseAlert.ProgressReportMissed(YearMonth.of(2023, 4), LocalDate.of(2023, 4, 20)));
        assertThat(c.tick(CaseFixtures.bangkok("2023-04-25T00:00:00"), CaseFixtures.POLICY)).isEmpty();

        c.perform(CaseAction.REPORT_PROGRESS, ActionDetails.note("สอบข้อเท็จจริงแล้ว"), "pathumwan-officer",
                CaseFixtures.bangkok("2023-05-19T10:00:00"), CaseFixtures.POLICY);
        assertThat(c.tick(CaseFixtures.bangkok("2023-05-21T00:00:00"), CaseFixtures.POLICY)).as("May reported").isEmpty();

        // Down from June to August: June and July were both missed, each flagged once.
        assertThat(c.tick(CaseFixtures.bangkok("2023-08-01T00:00:00"), CaseFixtures.POLICY))
                .filteredOn(a -> a instanceof CaseAlert.ProgressReportMissed).containsExactly(
                new CaseAlert.ProgressReportMissed(YearMonth.of(2023, 6), LocalDate.of(2023, 6, 20)),
                new CaseAlert.ProgressReportMissed(YearMonth.of(2023, 7), LocalDate.of(2023, 7, 20)));
        assertThat(c.missedProgressMonths()).containsExactly("2023-04", "2023-06", "2023-07");
    }

    @Test
    void aReportAfterThe20thIsLateForItsMonthAndOnTimeForTheNext() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.WORKING_GROUP);
        Instant reported = CaseFixtures.bangkok("2023-04-22T10:00:00");
        // As CaseWork does: the case catches up with the clock before the action.
        assertThat(c.tick(reported, CaseFixtures.POLICY)).containsExactly(
                new CaseAlert.ProgressReportMissed(YearMonth.of(2023, 4), LocalDate.of(2023, 4, 20)));
        c.perform(CaseAction.REPORT_PROGRESS, ActionDetails.note("late"), "wg", reported, CaseFixtures.POLICY);

        assertThat(c.tick(CaseFixtures.bangkok("2023-05-21T00:00:00"), CaseFixtures.POLICY)).isEmpty();
        assertThat(c.progress().obligations()).extracting(ProgressObligation::month, ProgressObligation::status,
                ProgressObligation::reportedAt).containsExactly(
                        tuple("2023-04", ProgressReportStatus.LATE, reported),
                        tuple("2023-05", ProgressReportStatus.ON_TIME, reported),
                        tuple("2023-06", ProgressReportStatus.NOT_FILED, null));
    }

    @Test
    void aCaseWithoutActivityForTheConfiguredTimeIsMarkedStaleOnceUntilSomethingHappens() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.NACC);
        Instant staleAt = CaseFixtures.OPENED.plus(Duration.ofDays(45));

        assertThat(c.tick(staleAt.minusSeconds(1), CaseFixtures.POLICY)).isEmpty();
        long version = c.caseVersion();
        assertThat(c.tick(staleAt, CaseFixtures.POLICY)).containsExactly(new CaseAlert.MarkedStale(CaseFixtures.OPENED));
        assertThat(c.stale()).isTrue();
        assertThat(c.caseVersion()).isEqualTo(version + 1);
        assertThat(c.tick(staleAt.plus(Duration.ofDays(50)), CaseFixtures.POLICY)).isEmpty();

        c.perform(CaseAction.CLOSE_AS_REFERRED, ActionDetails.none(), "director", staleAt.plus(Duration.ofDays(51)),
                CaseFixtures.POLICY);
        assertThat(c.stale()).isFalse();
    }
}
