package th.bma.anticorruption.cases.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cases.outbox.*}: whether the relay runs on its own ({@code relay-enabled}, off in tests that drive it by
 * hand), how often ({@code interval}), how old a pending event must be before the relay sends it again
 * ({@code grace}, so it does not race the writer still sending it) and how many cases one pass reads at most
 * ({@code batch-size}).
 */
@ConfigurationProperties("cases.outbox")
public record OutboxProperties(boolean relayEnabled, Duration interval, Duration grace, int batchSize) {
}
