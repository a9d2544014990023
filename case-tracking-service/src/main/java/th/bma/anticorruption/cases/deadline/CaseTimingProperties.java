package th.bma.anticorruption.cases.deadline;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cases.timing.*}: the subcommittee deadline ({@code subcommittee-days}, {@code counting}, the
 * {@code holidays} files, a resource pattern such as {@code classpath*:holidays/thai-public-holidays-*.csv}, and
 * {@code holidays-required-ahead}, how far ahead of today the calendar must hold every year when counting working
 * days), {@code reminder-days-left}, the monthly {@code progress-day-of-month} with its reminder
 * {@code progress-reminder-days-before} days earlier, and {@code stale-after}.
 */
@ConfigurationProperties("cases.timing")
public record CaseTimingProperties(int subcommitteeDays, DayCounting counting, String holidays,
        @DefaultValue("365d") Duration holidaysRequiredAhead, List<Integer> reminderDaysLeft, int progressDayOfMonth,
        @DefaultValue("5") int progressReminderDaysBefore, Duration staleAfter) {
}
