package th.bma.anticorruption.support.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where a service keeps its records and the events they carry until the broker acknowledged them: its own
 * collection(s), its own layout. The contract the {@link Outbox} relies on:
 * <ul>
 * <li>{@link #store} makes the records and their events durable in one step as far as a crash is concerned: after
 * it returns, every event of the returned batch is either marked sent or found by {@link #unmarkedBefore}, with the
 * same event id, however the process ends;</li>
 * <li>{@link #markSent} is called only once every event of the batches was acknowledged, and is idempotent;</li>
 * <li>{@link #unmarkedBefore} returns only events whose records are stored (a record that lost a race to a
 * duplicate, or was never written, carries no event to relay).</li>
 * </ul>
 *
 * @param <R> what the service stores (a document, a case, a row)
 */
public interface OutboxStore<R> {

    /**
     * Stores {@code records} with their events; the batch holds the events of the records stored now, and
     * {@code duplicates} the indexes (in {@code records}) of those already there, which carry no event.
     */
    Stored store(List<R> records);

    /** Every event of these batches was acknowledged by the broker. */
    void markSent(List<OutboxBatch> batches);

    /** Batches stored before {@code before} and not marked sent, oldest first, at most {@code limit}. */
    List<OutboxBatch> unmarkedBefore(Instant before, int limit);

    /** What {@link #store} stored. */
    record Stored(OutboxBatch batch, Set<Integer> duplicates) {

        public Stored {
            duplicates = Set.copyOf(duplicates);
        }
    }
}
