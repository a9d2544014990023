package th.bma.anticorruption.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The real outbox sender (real producer, real broker) that can be told to fail the next sends of one aggregate's
 * events (a case), as a broker that is away would; tests use it to prove that nothing announced is lost.
 */
public class FailingSends implements OutboxSender {

    private final OutboxSender real;
    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

    public FailingSends(OutboxSender real) {
        this.real = real;
    }

    /** The next {@code times} sends of events about {@code aggregateId} fail instead of reaching the broker. */
    public synchronized void failNext(String aggregateId, int times) {
        failuresLeft.put(aggregateId, times);
    }

    public synchronized int failuresLeft(String aggregateId) {
        return failuresLeft.getOrDefault(aggregateId, 0);
    }

    @Override
    public List<Boolean> send(List<OutboxEvent> events) {
        List<Boolean> failed = new ArrayList<>(events.size());
        List<OutboxEvent> passed = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            boolean fails = takeFailure(event.key());
            failed.add(fails);
            if (!fails) {
                passed.add(event);
            }
        }
        List<Boolean> sent = passed.isEmpty() ? List.of() : real.send(passed);
        List<Boolean> acknowledged = new ArrayList<>(events.size());
        int next = 0;
        for (boolean fails : failed) {
            acknowledged.add(!fails && sent.get(next++));
        }
        return acknowledged;
    }

    private synchronized boolean takeFailure(String aggregateId) {
        int left = failuresLeft(aggregateId);
        if (left == 0) {
            return false;
        }
        failuresLeft.put(aggregateId, left - 1);
        return true;
    }
}
