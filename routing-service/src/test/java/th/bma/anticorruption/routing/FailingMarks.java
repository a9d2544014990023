package th.bma.anticorruption.routing;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.PendingMarkers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's decisions behind the outbox, which can be told to act as a store that fails just after the broker
 * acknowledged: marking any batch holding an event of these complaints throws, as a MongoDB gone away would.
 */
public class FailingMarks extends DecisionOutboxStore {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    public FailingMarks(DecisionStore decisions, PendingMarkers pending, MongoTemplate mongo, JsonMapper json,
            Clock clock) {
        super(decisions, pending, mongo, json, clock);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        if (batches.stream().flatMap(batch -> batch.events().stream()).anyMatch(e -> failing.contains(e.key()))) {
            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
        }
        super.markSent(batches);
    }

    /** Marks of these complaints' decisions fail until {@link #recover}. */
    public void fail(Collection<String> complaintIds) {
        failing.addAll(complaintIds);
    }

    public void recover(Collection<String> complaintIds) {
        failing.removeAll(complaintIds);
    }
}
