package th.bma.anticorruption.intake.complaint;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every few seconds, republishes the events of batches still pending after the grace period (which keeps
 * it from racing a request that is still publishing its own event).
 */
public class OutboxRelay {

    private final EventOutbox outbox;
    private final Duration grace;

    public OutboxRelay(EventOutbox outbox, @Value("${platform.outbox.grace:PT10S}") Duration grace) {
        this.outbox = outbox;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${platform.outbox.relay-interval:PT5S}", initialDelayString = "${platform.outbox.relay-interval:PT5S}")
    public void relay() {
        outbox.relayPending(grace, 20);
    }
}
