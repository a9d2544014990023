package th.bma.anticorruption.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.outbox.*}: how often the relay passes ({@code relay-interval}), how old an unmarked batch must be
 * before it sends it again ({@code grace}, so it does not race the writer still sending it), how many batches per
 * outbox one pass takes at most ({@code batches}), and how long a send awaits the broker ({@code send-timeout}).
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@DefaultValue("5s") Duration relayInterval, @DefaultValue("10s") Duration grace,
        @DefaultValue("20") int batches, @DefaultValue("30s") Duration sendTimeout) {

    /** The relay's schedule. */
    public OutboxRelay.Schedule schedule() {
        return new OutboxRelay.Schedule(relayInterval, grace, batches);
    }
}
