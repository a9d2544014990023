package th.bma.anticorruption.cases.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cases.watch.*}: whether the scheduler runs {@link DeadlineWatch#check()} ({@code enabled}, off in tests
 * that drive it by hand), how often ({@code interval}) and how many due cases one check handles at most
 * ({@code batch-size}).
 */
@ConfigurationProperties("cases.watch")
public record WatchProperties(boolean enabled, Duration interval, int batchSize) {
}
