package th.bma.anticorruption.routing;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The service's real outbox sender (real producer, real broker), recording the events of every send (one send is one
 * wait for the broker), which can be told to act as a broker that is away for the events of some complaints: a send
 * holding any of them is refused whole.
 */
public class RecordedSends implements OutboxSender {

    private final OutboxSender real;
    private final List<List<OutboxEvent>> sends = new CopyOnWriteArrayList<>();
    private final Set<String> away = ConcurrentHashMap.newKeySet();

    public RecordedSends(OutboxSender real) {
        this.real = real;
    }

    @Override
    public List<Boolean> send(List<OutboxEvent> events) {
        sends.add(List.copyOf(events));
        if (events.stream().anyMatch(event -> away.contains(event.key()))) {
            return Collections.nCopies(events.size(), false);
        }
        return real.send(events);
    }

    @Override
    public Duration longestSend() {
        return real.longestSend();
    }

    /** Sends holding an event of these complaints are refused until {@link #back}. */
    public void away(Collection<String> complaintIds) {
        away.addAll(complaintIds);
    }

    public void back(Collection<String> complaintIds) {
        away.removeAll(complaintIds);
    }

    /** The sends that held an event of any of these complaints, in the order they were made. */
    public List<List<OutboxEvent>> about(Collection<String> complaintIds) {
        return sends.stream().filter(events -> events.stream().anyMatch(event -> complaintIds.contains(event.key())))
                .toList();
    }
}
