package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A case lands on the director's follow-up list when time or its unit let it slip, and stays until answered. */
class FollowUpTest {

    @Test
    void aBreachListsTheCaseUntilTheDirectorRecordsWhatWasDone() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant breach = CaseFixtures.bangkok("2023-04-14T00:00:00");
        c.tick(breach, CaseFixtures.POLICY);
        assertThat(c.followUp()).isEqualTo(new FollowUp(breach, List.of(FollowUpReason.DEADLINE_BREACHED)));

        // Appointing late does not take it off the list: the director has not said what was done about the delay.
        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, CaseFixtures.fullDetails(), "director",
                CaseFixtures.bangkok("2023-04-20T10:00:00"), CaseFixtures.POLICY);
        assertThat(c.followUp()).isNotNull();

        assertThatThrownBy(() -> c.perform(CaseAction.RECORD_FOLLOW_UP, ActionDetails.none(), "director",
                CaseFixtures.bangkok("2023-04-21T10:00:00"), CaseFixtures.POLICY))
                .isInstanceOfSatisfying(MissingActionDetailException.class,
                        e -> assertThat(e.field()).isEqualTo("note"));
        Instant answered = CaseFixtures.bangkok("2023-04-21T10:00:00");
        c.perform(CaseAction.RECORD_FOLLOW_UP, ActionDetails.note("ตักเตือนสำนักงาน ก.ก. ให้แต่งตั้งภายในกำหนด"),
                "director", answered, CaseFixtures.POLICY);

        assertThat(c.followUp()).isNull();
        assertThat(c.followUps()).containsExactly(new FollowUpRecord(breach,
                List.of(FollowUpReason.DEADLINE_BREACHED), answered, "director"));
        assertThat(c.timeline()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("FOLLOW_UP_RECORDED");
            assertThat(e.by()).isEqualTo("director");
        });
        assertThatThrownBy(() -> c.perform(CaseAction.RECORD_FOLLOW_UP, ActionDetails.note("อีกครั้ง"), "director",
                answered.plusSeconds(60), CaseFixtures.POLICY)).isInstanceOf(NotOnFollowUpListException.class);
    }

    @Test
    void staleAndLaterReasonsAddUpOnOneListing() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant stale = CaseFixtures.OPENED.plus(Duration.ofDays(45));

        c.tick(CaseFixtures.bangkok("2023-04-14T00:00:00"), CaseFixtures.POLICY);
        c.tick(stale, CaseFixtures.POLICY);

        assertThat(c.followUp().since()).isEqualTo(CaseFixtures.bangkok("2023-04-14T00:00:00"));
        assertThat(c.followUp().reasons()).containsExactly(FollowUpReason.DEADLINE_BREACHED, FollowUpReason.STALE);
    }

    @Test
    void aMeasurePastItsReviewDateListsTheCaseOnce() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, CaseFixtures.fullDetails(), "director",
                CaseFixtures.bangkok("2023-03-16T10:00:00"), CaseFixtures.POLICY);
        c.perform(CaseAction.RECORD_INTERIM_MEASURE, new ActionDetails(List.of(), InterimMeasureKind.SUSPENSION,
                "ปลัดกรุงเทพมหานคร", CaseFixtures.bangkok("2023-03-17T09:00:00"), null, null, null, CaseFixtures.bangkok("2023-04-01T00:00:00")),
                "investigator", CaseFixtures.bangkok("2023-03-17T10:00:00"), CaseFixtures.POLICY);
        assertThat(c.nextAlarmAt()).isEqualTo(CaseFixtures.bangkok("2023-04-01T00:00:01"));

        c.tick(CaseFixtures.bangkok("2023-04-01T00:00:01"), CaseFixtures.POLICY);
        assertThat(c.followUp().reasons()).containsExactly(FollowUpReason.INTERIM_MEASURE_REVIEW_OVERDUE);
        c.perform(CaseAction.RECORD_FOLLOW_UP, ActionDetails.note("เร่งให้ทบทวนคำสั่งพักราชการ"), "director",
                CaseFixtures.bangkok("2023-04-02T10:00:00"), CaseFixtures.POLICY);
        c.tick(CaseFixtures.bangkok("2023-04-05T00:00:00"), CaseFixtures.POLICY);

        assertThat(c.followUp()).as("listed once per review date").isNull();
    }
}
