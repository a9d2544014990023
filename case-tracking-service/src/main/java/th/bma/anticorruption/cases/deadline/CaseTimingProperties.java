package th.bma.anticorruption.cases.deadline;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cases.timing.*}: the subcommittee deadline ({@code subcommittee-days}, {@code counting}, the
 * {@code holidays} files, a resource pattern such as {@code classpath*:holidays/thai-public-holidays-*.csv}), {@code reminder-days-left}, the monthly {@code progress-day-of-month} and
 * {@code stale-after}.
 */
@ConfigurationProperties("cases.timing")
public record CaseTimingProperties(int subcommitteeDays, DayCounting counting, String holidays,
        List<Integer> reminderDaysLeft, int progressDayOfMonth, Duration staleAfter) {
}
