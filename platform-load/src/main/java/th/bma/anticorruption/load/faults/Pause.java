package th.bma.anticorruption.load.faults;

import java.time.Duration;

/** Waiting in the suite's own polling loops (the suite drives a live platform; it is not a unit test). */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
