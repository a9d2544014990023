package th.bma.anticorruption.routing.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.ScreeningDoubt;

/**
 * The decision store for unit tests: the same semantics as MongoDB's (a decision's key taken once, a file opened
 * once, its current decision moving forward only), counting the writes that touch many records at once.
 */
final class InMemoryDecisionStore implements DecisionStore {

    private final Map<String, RoutingDecision> decisions = new LinkedHashMap<>();
    private final Map<String, ComplaintFile> files = new HashMap<>();
    private int bulkWrites;

    /** How many writes of many records at once (bulk upserts, inserts, updates) were made. */
    synchronized int bulkWrites() {
        return bulkWrites;
    }

    @Override
    public synchronized Optional<RoutingDecision> find(String complaintId, long sequence) {
        return Optional.ofNullable(decisions.get(RoutingDecision.idOf(complaintId, sequence)));
    }

    @Override
    public synchronized List<RoutingDecision> history(String complaintId) {
        return decisions.values().stream().filter(decision -> decision.complaintId().equals(complaintId))
                .sorted(Comparator.comparingLong(RoutingDecision::sequence)).toList();
    }

    @Override
    public synchronized boolean insert(RoutingDecision decision) {
        return decisions.putIfAbsent(decision.id(), decision) == null;
    }

    @Override
    public synchronized Set<String> insertAll(List<RoutingDecision> batch) {
        bulkWrites++;
        Set<String> stored = new HashSet<>();
        batch.stream().filter(this::insert).forEach(decision -> stored.add(decision.id()));
        return stored;
    }

    @Override
    public synchronized Map<String, RoutingDecision> findInitial(Collection<String> complaintIds) {
        Map<String, RoutingDecision> found = new HashMap<>();
        complaintIds.forEach(id -> find(id, ComplaintRouting.INITIAL_SEQUENCE).ifPresent(d -> found.put(id, d)));
        return found;
    }

    @Override
    public synchronized Set<String> openFiles(Collection<RoutingDecision> firsts, Instant now) {
        bulkWrites++;
        Set<String> opened = new HashSet<>();
        for (RoutingDecision first : firsts) {
            if (!files.containsKey(first.complaintId())) {
                files.put(first.complaintId(), current(new ComplaintFile(first.complaintId(),
                        first.event().complaint(), first.sequence(), 0, null, null, null, 0, null, null, now, null,
                        first.screeningDoubt(), false), first));
                opened.add(first.complaintId());
            }
        }
        return opened;
    }

    @Override
    public synchronized Optional<ComplaintFile> file(String complaintId) {
        return Optional.ofNullable(files.get(complaintId));
    }

    @Override
    public synchronized long nextSequence(String complaintId) {
        ComplaintFile f = files.get(complaintId);
        files.put(complaintId, new ComplaintFile(f.complaintId(), f.complaint(), f.lastSequence() + 1,
                f.currentSequence(), f.currentDestination(), f.currentKind(), f.lineOfWork(), f.confidence(),
                f.reasonTh(), f.reasonEn(), f.receivedAt(), f.officerLineOfWork(), f.screeningDoubt(), f.notCorruption()));
        return f.lastSequence() + 1;
    }

    @Override
    public synchronized void markCurrent(RoutingDecision decision) {
        ComplaintFile f = files.get(decision.complaintId());
        if (f != null && f.currentSequence() <= decision.sequence()) {
            files.put(f.complaintId(), current(f, decision));
        }
    }

    @Override
    public synchronized void markAllCurrent(List<RoutingDecision> batch) {
        bulkWrites++;
        batch.forEach(this::markCurrent);
    }

    @Override
    public synchronized void settleScreeningDoubt(String complaintId) {
        files.computeIfPresent(complaintId, (id, f) -> with(f, f.officerLineOfWork(), null));
    }

    @Override
    public synchronized void keepOfficersLineOfWork(String complaintId, LineOfWork lineOfWork) {
        files.computeIfPresent(complaintId, (id, f) -> with(f, lineOfWork, f.screeningDoubt()));
    }

    @Override
    public synchronized List<ComplaintFile> triageQueue() {
        return files.values().stream().filter(ComplaintFile::underVerification)
                .sorted(Comparator.comparing(ComplaintFile::receivedAt)).toList();
    }

    private static ComplaintFile current(ComplaintFile f, RoutingDecision decision) {
        ComplaintRouted event = decision.event();
        return new ComplaintFile(f.complaintId(), f.complaint(), f.lastSequence(), decision.sequence(),
                event.destination(), event.destination().kind(), event.lineOfWork(), event.confidence(),
                event.rule().reasonTh(), event.rule().reasonEn(), f.receivedAt(), f.officerLineOfWork(),
                f.screeningDoubt(), event.kind() == RoutingKind.NOT_CORRUPTION);
    }

    private static ComplaintFile with(ComplaintFile f, LineOfWork officerLineOfWork, ScreeningDoubt screeningDoubt) {
        return new ComplaintFile(f.complaintId(), f.complaint(), f.lastSequence(), f.currentSequence(),
                f.currentDestination(), f.currentKind(), f.lineOfWork(), f.confidence(), f.reasonTh(), f.reasonEn(),
                f.receivedAt(), officerLineOfWork, screeningDoubt, f.notCorruption());
    }
}
