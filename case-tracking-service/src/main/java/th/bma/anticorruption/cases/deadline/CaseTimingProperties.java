package th.bma.anticorruption.cases.deadline;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code cases.timing.*}: the subcommittee deadline ({@code subcommittee-days}, {@code counting}, the
 * {@code holidays} CSV), {@code reminder-days-left}, the monthly {@code progress-day-of-month} and
 * {@code stale-after}.
 */
@ConfigurationProperties("cases.timing")
public record CaseTimingProperties(int subcommitteeDays, DayCounting counting, Resource holidays,
        List<Integer> reminderDaysLeft, int progressDayOfMonth, Duration staleAfter) {
}
