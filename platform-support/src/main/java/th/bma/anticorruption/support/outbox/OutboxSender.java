package th.bma.anticorruption.support.outbox;

import java.util.List;

/** Sends many events at once and awaits the broker once for all of them. */
@FunctionalInterface
public interface OutboxSender {

    /**
     * Sends every event (to its own topic, keyed by its key, with its event id, type, schema version and trace as
     * headers) and returns, per event in order, whether the broker acknowledged it.
     */
    List<Boolean> send(List<OutboxEvent> events);
}
