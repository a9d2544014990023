package th.bma.anticorruption.routing.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.RoutingKind;

/**
 * Turns received complaints into routing decisions, a consumer's batch at a time. The initial decision of a complaint
 * is made once: a redelivered or replayed {@link ComplaintReceived} gets the decision made at the time, with the same
 * event id, never one made with today's rules.
 */
public class ComplaintRouting {

    public static final long INITIAL_SEQUENCE = 1;
    public static final String DECIDED_BY_RULES = "routing-service";

    private final RoutingPolicy policy;
    private final DecisionStore store;
    private final DecisionAnnouncer announcer;
    private final Clock clock;

    public ComplaintRouting(RoutingPolicy policy, DecisionStore store, DecisionAnnouncer announcer, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.announcer = announcer;
        this.clock = clock;
    }

    /**
     * Refuses a received complaint that cannot be routed (no complaint id, event id or complaint): it goes to the
     * dead-letter topic instead of being retried.
     */
    public static void validate(ComplaintReceived received) {
        if (received.complaintId() == null || received.complaintId().isBlank() || received.complaint() == null
                || received.eventId() == null) {
            throw new InvalidComplaintException("ComplaintReceived without complaint id, event id or complaint");
        }
    }

    /**
     * Decides, in memory, the initial decision a received complaint would get now (the rules see whether screening
     * was unsure of it); nothing is stored.
     */
    public RoutingDecision decideInitially(ComplaintReceived received) {
        validate(received);
        ComplaintSummary complaint = received.complaint();
        RoutingVerdict verdict = policy.decide(complaint, received.screeningDoubt());
        ComplaintRouted event = DecisionEvents.routed(UUID.randomUUID(), clock.instant(), received.complaintId(),
                received.eventId(), INITIAL_SEQUENCE, RoutingKind.INITIAL, complaint, verdict, DECIDED_BY_RULES, null);
        return RoutingDecision.of(event, verdict.rulesUsed(), verdict.evidence(), received.screeningDoubt());
    }

    /**
     * The initial decisions of a batch of complaints, one per complaint in order of first appearance, stored and then
     * announced together: each fresh decision (from {@link #decideInitially}) is kept if its complaint is new,
     * otherwise the decision made before stands and is announced again with its own event id (consumers ignore what
     * they have seen; one whose earlier send failed goes out now rather than at the relay's pass). On the usual path
     * (every complaint new) that is two round trips for the whole batch: one unordered bulk of upserts opening the
     * files with the decision current, one unordered insert of the decisions with their events. Only complaints seen
     * before are read back, with one query.
     */
    public List<RoutingDecision> keepInitial(List<RoutingDecision> fresh) {
        Map<String, RoutingDecision> byComplaint = new LinkedHashMap<>();
        fresh.forEach(decision -> byComplaint.putIfAbsent(decision.complaintId(), decision));
        Set<String> opened = store.openFiles(byComplaint.values(), clock.instant());
        Set<String> stored = store.insertAll(byComplaint.values().stream()
                .filter(decision -> opened.contains(decision.complaintId())).toList());
        List<RoutingDecision> seenBefore = byComplaint.values().stream()
                .filter(decision -> !stored.contains(decision.id())).toList();
        if (!seenBefore.isEmpty()) {
            Map<String, RoutingDecision> earlier = store.findInitial(seenBefore.stream()
                    .map(RoutingDecision::complaintId).toList());
            List<RoutingDecision> standing = new ArrayList<>(seenBefore.size());
            for (RoutingDecision decision : seenBefore) {
                RoutingDecision made = earlier.get(decision.complaintId());
                RoutingDecision kept = made != null ? made : storeFirst(decision);
                byComplaint.put(decision.complaintId(), kept);
                standing.add(kept);
            }
            // A file opened by a delivery that crashed before storing its decision gets the stored one current.
            store.markAllCurrent(standing);
        }
        List<RoutingDecision> kept = List.copyOf(byComplaint.values());
        announcer.announce(kept);
        return kept;
    }

    private RoutingDecision storeFirst(RoutingDecision decision) {
        if (store.insert(decision)) {
            return decision;
        }
        // Another delivery of the same complaint won the race: its decision stands.
        return store.find(decision.complaintId(), INITIAL_SEQUENCE).orElseThrow();
    }
}
