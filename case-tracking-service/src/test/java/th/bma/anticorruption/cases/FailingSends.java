package th.bma.anticorruption.cases;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.stream.function.StreamBridge;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.messaging.EventPublisher;

/**
 * The real publisher (real binding, real broker) that can be told to fail the next sends of one aggregate's events
 * (a case), as a broker that is away would; tests use it to prove that nothing announced is lost.
 */
public class FailingSends extends EventPublisher {

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

    public FailingSends(StreamBridge streamBridge) {
        super(streamBridge);
    }

    /** The next {@code times} sends of events about {@code aggregateId} throw instead of reaching the broker. */
    public synchronized void failNext(String aggregateId, int times) {
        failuresLeft.put(aggregateId, times);
    }

    public synchronized int failuresLeft(String aggregateId) {
        return failuresLeft.getOrDefault(aggregateId, 0);
    }

    @Override
    public boolean publish(String bindingName, IntegrationEvent event) {
        if (takeFailure(event.aggregateId())) {
            throw new IllegalStateException("Test: the broker is away");
        }
        return super.publish(bindingName, event);
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
