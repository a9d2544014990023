package th.bma.anticorruption.routing.decision;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.RoutingKind;

/**
 * Turns received complaints into routing decisions. The initial decision of a complaint is made once: a redelivered or
 * replayed {@link ComplaintReceived} gets the decision made at the time, with the same event id, never one made with
 * today's rules.
 */
@Service
public class ComplaintRouting {

    public static final long INITIAL_SEQUENCE = 1;
    public static final String DECIDED_BY_RULES = "routing-service";

    private final RoutingPolicy policy;
    private final DecisionStore store;
    private final Clock clock;

    public ComplaintRouting(RoutingPolicy policy, DecisionStore store, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.clock = clock;
    }

    /** The initial decision for a received complaint: made now, or the one made before. */
    public RoutingDecision routeReceived(ComplaintReceived received) {
        if (received.complaintId() == null || received.complaintId().isBlank() || received.complaint() == null
                || received.eventId() == null) {
            throw new InvalidComplaintException("ComplaintReceived without complaint id, event id or complaint");
        }
        String complaintId = received.complaintId();
        // Deciding is in memory; on the usual path (a complaint seen for the first time) the file opens with the
        // decision current and the decision is stored: two round trips instead of four.
        RoutingDecision fresh = decideInitially(received);
        if (store.openFile(received.complaint(), fresh, clock.instant()) && store.insert(fresh)) {
            return fresh;
        }
        Optional<RoutingDecision> earlier = store.find(complaintId, INITIAL_SEQUENCE);
        RoutingDecision decision = earlier.orElseGet(() -> storeFirst(fresh));
        store.markCurrent(decision);
        return decision;
    }

    /** Notes that the broker acknowledged the decision's event. */
    public void published(RoutingDecision decision) {
        store.markPublished(decision, clock.instant());
    }

    private RoutingDecision decideInitially(ComplaintReceived received) {
        ComplaintSummary complaint = received.complaint();
        RoutingVerdict verdict = policy.decide(complaint);
        ComplaintRouted event = DecisionEvents.routed(UUID.randomUUID(), clock.instant(), received.complaintId(),
                received.eventId(), INITIAL_SEQUENCE, RoutingKind.INITIAL, complaint, verdict, DECIDED_BY_RULES, null);
        return RoutingDecision.of(event, verdict.rulesUsed(), verdict.evidence());
    }

    private RoutingDecision storeFirst(RoutingDecision decision) {
        if (store.insert(decision)) {
            return decision;
        }
        // Another delivery of the same complaint won the race: its decision stands.
        return store.find(decision.complaintId(), INITIAL_SEQUENCE).orElseThrow();
    }
}
