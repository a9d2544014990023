package th.bma.anticorruption.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.stream.config.BindingServiceProperties;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.support.messaging.BinderProducer;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real publisher (real producer, real broker) that can be told to fail the next sends of one aggregate's events
 * (a case), as a broker that is away would; tests use it to prove that nothing announced is lost.
 */
public class FailingSends extends EventBatchPublisher {

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

    public FailingSends(BinderProducer producer, BindingServiceProperties bindings, JsonMapper json,
            MeterRegistry meters) {
        super(producer, bindings, json, meters);
    }

    /** The next {@code times} sends of events about {@code aggregateId} fail instead of reaching the broker. */
    public synchronized void failNext(String aggregateId, int times) {
        failuresLeft.put(aggregateId, times);
    }

    public synchronized int failuresLeft(String aggregateId) {
        return failuresLeft.getOrDefault(aggregateId, 0);
    }

    @Override
    public List<Boolean> sendAll(List<Outgoing> events) {
        List<Boolean> failed = new ArrayList<>(events.size());
        List<Outgoing> passed = new ArrayList<>(events.size());
        for (Outgoing outgoing : events) {
            boolean fails = takeFailure(outgoing.event().aggregateId());
            failed.add(fails);
            if (!fails) {
                passed.add(outgoing);
            }
        }
        List<Boolean> sent = passed.isEmpty() ? List.of() : super.sendAll(passed);
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
