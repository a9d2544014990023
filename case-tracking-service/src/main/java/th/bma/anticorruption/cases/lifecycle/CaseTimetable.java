package th.bma.anticorruption.cases.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The time rules a case follows: when the subcommittee is due and when to remind, when units owe progress reports,
 * and when a quiet case is stale. The procedure's configured rules (working days, holidays) implement it.
 */
public interface CaseTimetable {

    /** The name of the deadline for appointing the secret fact-finding subcommittee. */
    String SUBCOMMITTEE_APPOINTMENT = "SUBCOMMITTEE_APPOINTMENT";

    /** When the subcommittee must be appointed for a complaint that reached the office at {@code startedAt}. */
    Instant subcommitteeDueAt(Instant startedAt);

    /** The days before a deadline on which a reminder is due, most days left first. */
    List<Integer> reminderDaysLeft();

    /** When the reminder {@code daysLeft} days before {@code dueAt} is due. */
    Instant reminderAt(Instant dueAt, int daysLeft);

    /** When the progress report for {@code month} is due. */
    Instant progressDueAt(YearMonth month);

    /** The day the progress report for {@code month} is due. */
    LocalDate progressDueDate(YearMonth month);

    /** How many days before the progress day units are reminded (0: never). */
    int progressReminderDaysBefore();

    /** When units are reminded of the progress report for {@code month}. */
    Instant progressReminderAt(YearMonth month);

    /** The month a progress report made at {@code reportedAt} counts for. */
    YearMonth progressMonthCredited(Instant reportedAt);

    /** The first month a unit owes a report for, once the case is forwarded to it at {@code forwardedAt}. */
    YearMonth firstProgressMonth(Instant forwardedAt);

    /** How long a case may go without activity before it is stale. */
    Duration staleAfter();
}
