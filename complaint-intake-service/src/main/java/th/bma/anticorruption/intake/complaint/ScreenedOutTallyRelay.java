package th.bma.anticorruption.intake.complaint;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every few seconds, republishes the screened-out tallies of import batches still pending after the grace period
 * (the broker was down, or intake died between storing a batch and the broker's acknowledgement).
 */
public class ScreenedOutTallyRelay {

    private final ScreenedOutTallies tallies;
    private final Duration grace;

    public ScreenedOutTallyRelay(ScreenedOutTallies tallies, Duration grace) {
        this.tallies = tallies;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${platform.outbox.relay-interval:PT5S}", initialDelayString = "${platform.outbox.relay-interval:PT5S}")
    public void relay() {
        tallies.relayPending(grace, 20);
    }
}
