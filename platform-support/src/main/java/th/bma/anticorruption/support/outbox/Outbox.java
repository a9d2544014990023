package th.bma.anticorruption.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store, then send, then mark, without a dual-write gap and without transactions: a batch of records is stored with
 * its events ({@link OutboxStore#store}), all its events are handed to the broker and awaited once, and the batch is
 * marked sent only if every one was acknowledged. Whatever is left unmarked (the broker refused, the mark failed, the
 * process died anywhere in between) is sent again by {@link #relay} after a grace period, with the event ids and
 * traces stored with the records, so consumers, who de-duplicate by event id, apply each event once. A
 * {@link Listener} is told of every batch marked, whether the writer or the relay sent it: what a service counts as
 * published.
 *
 * @param <R> what the service stores
 */
public class Outbox<R> {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final String name;
    private final OutboxStore<R> store;
    private final OutboxSender sender;
    private final Clock clock;
    private final Listener listener;

    /** {@code name} says which outbox in logs ({@code complaints}, {@code cases}, …). */
    public Outbox(String name, OutboxStore<R> store, OutboxSender sender, Clock clock) {
        this(name, store, sender, clock, batches -> {
        });
    }

    /** An outbox that tells {@code listener} of the batches it marks sent. */
    public Outbox(String name, OutboxStore<R> store, OutboxSender sender, Clock clock, Listener listener) {
        this.name = name;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Told of batches whose every event the broker acknowledged, once they are marked sent: by whoever sent them, the
     * writer at once or the relay after a refused send, a failed mark or a crash. A batch is told of once per mark
     * that succeeded: once, since the relay's grace period is never shorter than the longest a send can take
     * ({@link OutboxRelay}), unless a writer stalled beyond that (taken as crashed) and the relay sent and marked the
     * batch too. Each event carries, besides its JSON, the event it was written from where the store built it from
     * one ({@link OutboxEvent#event(Class)}), so a listener reads what it counts without parsing the JSON again.
     */
    @FunctionalInterface
    public interface Listener {

        void marked(List<OutboxBatch> batches);
    }

    /**
     * What {@link #storeAndSend} did: the indexes of the records that were already stored (they carry no new event),
     * and whether the broker acknowledged every event of the new ones (if not, they are stored and wait for the relay).
     */
    public record Delivery(Set<Integer> duplicates, boolean acknowledged) {
    }

    /**
     * Stores the records with their events, sends the events and marks them sent once all are acknowledged. A failure
     * to store propagates (nothing was promised); a refused send is reported in the answer, and a failure to mark is
     * not reported at all (the events were acknowledged; the relay sends them again), neither is thrown.
     */
    public Delivery storeAndSend(List<R> records) {
        if (records.isEmpty()) {
            return new Delivery(Set.of(), true);
        }
        OutboxStore.Stored stored = store.store(records);
        boolean acknowledged = send(List.of(stored.batch())).acknowledged().get(0);
        return new Delivery(stored.duplicates(), acknowledged);
    }

    /**
     * Sends the events of every batch in one go, awaits the broker once, and marks (in one call) the batches whose
     * events were all acknowledged; returns, per batch, whether it was marked. For records the service stored
     * itself, with the events they carry. Never throws for the broker or the store's mark: a batch not marked, whatever
     * the reason, is left to the relay.
     */
    public List<Boolean> sendAndMark(List<OutboxBatch> batches) {
        Sent sent = send(batches);
        return sent.marked() ? sent.acknowledged() : Collections.nCopies(batches.size(), false);
    }

    /** Per batch, whether the broker acknowledged all its events; whether those batches were then marked. */
    private record Sent(List<Boolean> acknowledged, boolean marked) {
    }

    private Sent send(List<OutboxBatch> batches) {
        List<OutboxEvent> events = new ArrayList<>();
        for (OutboxBatch batch : batches) {
            events.addAll(batch.events());
        }
        List<Boolean> acknowledged = sendEvents(events);
        List<Boolean> whole = new ArrayList<>(batches.size());
        List<OutboxBatch> done = new ArrayList<>(batches.size());
        int next = 0;
        for (OutboxBatch batch : batches) {
            boolean all = true;
            for (int i = 0; i < batch.events().size(); i++) {
                all &= acknowledged.get(next++);
            }
            whole.add(all);
            if (all) {
                done.add(batch);
            }
        }
        return new Sent(whole, done.isEmpty() || markSent(done));
    }

    /**
     * Marks acknowledged batches. A store that fails here is no error for the caller: the records are stored and their
     * events were acknowledged, and the relay sends them again with the same event ids (consumers ignore what they
     * have seen), so the failure is logged and the batches count as not marked. Marked batches are told to the
     * listener.
     */
    private boolean markSent(List<OutboxBatch> done) {
        try {
            store.markSent(done);
        } catch (RuntimeException e) {
            // The exception's message may quote a record: log only its type.
            log.warn("Outbox {}: marking {} batches sent failed ({}); the relay will send their events again", name,
                    done.size(), e.getClass().getSimpleName());
            return false;
        }
        try {
            listener.marked(done);
        } catch (RuntimeException e) {
            // The batches are sent and marked; what the listener failed to count is no reason to send them again.
            log.warn("Outbox {}: the listener failed on {} marked batches ({})", name, done.size(),
                    e.getClass().getSimpleName());
        }
        return true;
    }

    /**
     * One pass of the relay: sends again the batches stored more than {@code grace} ago and still unmarked (younger
     * ones are probably still being sent by whoever stored them); returns how many events were acknowledged and marked.
     */
    public int relay(Duration grace, int limit) {
        List<OutboxBatch> unmarked = store.unmarkedBefore(clock.instant().minus(grace), limit);
        if (unmarked.isEmpty()) {
            return 0;
        }
        List<Boolean> marked = sendAndMark(unmarked);
        int sent = 0;
        for (int i = 0; i < unmarked.size(); i++) {
            if (marked.get(i)) {
                sent += unmarked.get(i).events().size();
            }
        }
        log.info("Outbox {} relayed {} events of {} unmarked batches", name, sent, unmarked.size());
        return sent;
    }

    public String name() {
        return name;
    }

    /** The longest a send of this outbox can take ({@link OutboxSender#longestSend}). */
    Duration longestSend() {
        return sender.longestSend();
    }

    private List<Boolean> sendEvents(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            List<Boolean> acknowledged = sender.send(events);
            if (acknowledged.size() != events.size()) {
                throw new IllegalStateException("the sender answered for " + acknowledged.size() + " of "
                        + events.size() + " events");
            }
            return acknowledged;
        } catch (RuntimeException e) {
            // The exception's message may quote a payload: log only its type.
            log.warn("Outbox {}: sending {} events failed ({}); the relay will send them again", name, events.size(),
                    e.getClass().getSimpleName());
            return Collections.nCopies(events.size(), false);
        }
    }
}
