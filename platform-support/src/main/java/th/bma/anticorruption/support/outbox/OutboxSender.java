package th.bma.anticorruption.support.outbox;

import java.time.Duration;
import java.util.List;

/** Sends many events at once and awaits the broker once for all of them. */
@FunctionalInterface
public interface OutboxSender {

    /**
     * Sends every event (to its own topic, keyed by its key, with its event id, type, schema version and trace as
     * headers) and returns, per event in order, whether the broker acknowledged it.
     */
    List<Boolean> send(List<OutboxEvent> events);

    /**
     * The longest the events of one {@link #send} can still be on their way, counted from the call, including after it
     * answered that they were not acknowledged: the relay sends nothing again before its grace period, which is never
     * shorter than this ({@link OutboxRelay}). A sender that has done with every event when it answers, as one in
     * memory has, has nothing on its way afterwards.
     */
    default Duration longestSend() {
        return Duration.ZERO;
    }
}
