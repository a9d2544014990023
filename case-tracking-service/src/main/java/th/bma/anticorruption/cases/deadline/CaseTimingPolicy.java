package th.bma.anticorruption.cases.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import th.bma.anticorruption.cases.lifecycle.CaseTimetable;

/**
 * The time rules of the procedure, as configuration: the subcommittee must be appointed within {@code days} days of
 * the complaint reaching the ก.ก. office (day 0 is that Bangkok day; due at 23:59:59 of the last day), reminders
 * {@code reminderDaysLeft} days before that (at the start of that Bangkok day), units report progress by
 * {@code progressDayOfMonth} of every month and are reminded {@code progressReminderDaysBefore} days before it (0:
 * never), and a case without activity for {@code staleAfter} is stale.
 */
public record CaseTimingPolicy(int days, DayCounting counting, HolidayCalendar holidays, List<Integer> reminderDaysLeft,
        int progressDayOfMonth, int progressReminderDaysBefore, Duration staleAfter, ZoneId zone)
        implements CaseTimetable {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public CaseTimingPolicy {
        reminderDaysLeft = reminderDaysLeft.stream().distinct().sorted((a, b) -> b - a).toList();
        if (days < 1 || progressDayOfMonth < 1 || progressDayOfMonth > 28) {
            throw new IllegalArgumentException("days must be positive and the progress day between 1 and 28");
        }
        if (progressReminderDaysBefore < 0 || progressReminderDaysBefore >= progressDayOfMonth) {
            throw new IllegalArgumentException("the progress reminder comes 0 (never) to "
                    + (progressDayOfMonth - 1) + " days before the progress day");
        }
    }

    /**
     * When the secret fact-finding subcommittee must be appointed for a complaint that reached the ก.ก. office at
     * {@code startedAt}.
     */
    public Instant subcommitteeDueAt(Instant startedAt) {
        LocalDate day = startedAt.atZone(zone).toLocalDate();
        if (counting == DayCounting.CALENDAR) {
            day = day.plusDays(days);
        } else {
            int counted = 0;
            while (counted < days) {
                day = day.plusDays(1);
                if (holidays.isWorkingDay(day)) {
                    counted++;
                }
            }
        }
        return endOfDay(day);
    }

    /** The moment the "{@code daysLeft} days left" reminder is due: the start of that Bangkok day. */
    public Instant reminderAt(Instant dueAt, int daysLeft) {
        return dueAt.atZone(zone).toLocalDate().minusDays(daysLeft).atStartOfDay(zone).toInstant();
    }

    /** The last moment a unit's progress report for {@code month} is on time. */
    public Instant progressDueAt(YearMonth month) {
        return endOfDay(month.atDay(progressDayOfMonth));
    }

    public LocalDate progressDueDate(YearMonth month) {
        return month.atDay(progressDayOfMonth);
    }

    /** When units that have not reported for {@code month} are reminded: the start of that Bangkok day. */
    public Instant progressReminderAt(YearMonth month) {
        return progressDueDate(month).minusDays(progressReminderDaysBefore).atStartOfDay(zone).toInstant();
    }

    /** The month a report made at {@code reportedAt} counts for: this month up to its due day, else the next. */
    public YearMonth progressMonthCredited(Instant reportedAt) {
        LocalDate day = reportedAt.atZone(zone).toLocalDate();
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() <= progressDayOfMonth ? month : month.plusMonths(1);
    }

    /** The first month whose report a unit owes for a case it received at {@code forwardedAt}: the next one. */
    public YearMonth firstProgressMonth(Instant forwardedAt) {
        return YearMonth.from(forwardedAt.atZone(zone)).plusMonths(1);
    }

    private Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}
