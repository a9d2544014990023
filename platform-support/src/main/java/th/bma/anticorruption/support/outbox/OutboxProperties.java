package th.bma.anticorruption.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.outbox.*}: how often the relay passes ({@code relay-interval}), how old an unmarked batch must be
 * before it sends it again ({@code grace}: unset, the longest a first send can take, so the relay never races a send
 * still under way; set shorter than that, the relay refuses to start, see {@link OutboxRelay}), how many batches per
 * outbox one pass takes at most ({@code batches}), and how long a send awaits the broker ({@code send-timeout}).
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@DefaultValue("5s") Duration relayInterval, Duration grace,
        @DefaultValue("20") int batches, @DefaultValue("30s") Duration sendTimeout) {

    /** The relay's schedule (its grace null where none is configured). */
    public OutboxRelay.Schedule schedule() {
        return new OutboxRelay.Schedule(relayInterval, grace, batches);
    }
}
