package th.bma.anticorruption.support.outbox;

import java.util.List;

/**
 * Events stored together and marked sent together: {@code id} is what the store marks them by (a registration
 * document, a case id, …), {@code events} are in the order they are to be sent.
 */
public record OutboxBatch(String id, List<OutboxEvent> events) {

    public OutboxBatch {
        events = List.copyOf(events);
    }
}
