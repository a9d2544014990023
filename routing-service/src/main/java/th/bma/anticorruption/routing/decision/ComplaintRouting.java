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
        store.openFile(complaintId, received.complaint(), clock.instant());
        Optional<RoutingDecision> earlier = store.find(complaintId, INITIAL_SEQUENCE);
        RoutingDecision decision = earlier.orElseGet(() -> decideInitially(received));
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
        RoutingDecision decision = RoutingDecision.of(event, verdict.rulesUsed(), verdict.evidence());
        if (store.insert(decision)) {
            return decision;
        }
        // Another delivery of the same complaint won the race: its decision stands.
        return store.find(received.complaintId(), INITIAL_SEQUENCE).orElseThrow();
    }
}
