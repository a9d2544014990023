package th.bma.anticorruption.cases.casework;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.EarlyStatuses.EarlyStatus;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.lifecycle.CaseTimetable;
import th.bma.anticorruption.cases.lifecycle.ChannelFacts;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.ComplaintFacts;
import th.bma.anticorruption.cases.lifecycle.RoutingDecision;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.ChannelStatusDetails;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Opens a case on routing's first decision about a complaint and moves it on later ones; puts the channel's status
 * updates on its timeline and takes the channel's facts (status, reopen count, evidence links; an imported record
 * the channel had closed closes the case, within the opening when its status came first). Exact under redelivery and reordering: one case per complaint (unique index, caseId
 * derived from the complaintId), decisions applied only when newer, status updates once per event id.
 * <p>
 * Routing's decisions come a consumer's batch at a time ({@link #applyRouted}): the batch's cases are read with one
 * query, each complaint's decisions applied in order in memory, the new cases inserted together, the audit entries
 * appended together and the case events sent together; a case someone else changed meanwhile takes its decisions
 * one by one ({@link #apply(ComplaintRouted)}), as a single delivery does.
 */
@Service
public class CaseRouting {

    private static final int ATTEMPTS = 5;

    private final CaseStore store;
    private final CaseEvents events;
    private final CaseEventOutbox outbox;
    private final AuditTrail audit;
    private final CaseTimetable policy;
    private final EarlyStatuses early;
    private final Clock clock;

    CaseRouting(CaseStore store, CaseEvents events, CaseEventOutbox outbox, AuditTrail audit,
            CaseTimetable policy, EarlyStatuses early, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.early = early;
        this.clock = clock;
    }

    /** An event of a consumer's batch with the W3C trace context its record carried (null: none). */
    public record Delivered<T>(T event, String traceparent) {
    }

    /** The stable id of a complaint's case: the same whichever instance opens it, however often. */
    public static String caseIdFor(String complaintId) {
        return "CASE-" + UUID.nameUUIDFromBytes(("case:" + complaintId).getBytes(StandardCharsets.UTF_8));
    }

    public void apply(ComplaintRouted routed) {
        validate(routed);
        RoutingDecision decision = decisionOf(routed);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<ComplaintCase> existing = store.findByComplaintId(routed.complaintId());
            if (existing.isEmpty()) {
                ComplaintCase opened = open(routed, decision, early.of(routed.complaintId()), now);
                if (store.insert(opened)) {
                    audit.record(openingEntry(opened, decision));
                    outbox.publishPending(opened);
                    mergeEarlyStatuses(opened.complaintId());
                    return;
                }
                continue;
            }
            ComplaintCase c = existing.get();
            CaseState before = c.state();
            long versionBefore = c.caseVersion();
            if (!c.applyRouting(decision, now, policy)) {
                // A redelivery: what a failed send left on the case goes out now rather than at the relay's pass.
                outbox.publishPending(c);
                return;
            }
            if (c.caseVersion() != versionBefore) {
                events.statusChanged(c, now);
            }
            if (store.save(c)) {
                audit.record(routingEntry(c, before, decision));
                outbox.publishPending(c);
                return;
            }
        }
        throw new IllegalStateException("The case of complaint " + routed.complaintId() + " kept changing");
    }

    /**
     * Applies a consumer's batch of routing decisions, each complaint's in the order delivered, each under the trace
     * its record carried: one read of the batch's cases and of the statuses waiting for the new ones, one insert of
     * the new cases, one append of the audit entries, one send of the case events. A case that was changed or opened
     * elsewhere since it was read takes its decisions again one by one.
     */
    public void applyRouted(List<Delivered<ComplaintRouted>> batch) {
        Map<String, List<Delivered<ComplaintRouted>>> byComplaint = new LinkedHashMap<>();
        for (Delivered<ComplaintRouted> delivered : batch) {
            validate(delivered.event());
            byComplaint.computeIfAbsent(delivered.event().complaintId(), id -> new ArrayList<>()).add(delivered);
        }
        if (byComplaint.isEmpty()) {
            return;
        }
        Map<String, ComplaintCase> stored = new LinkedHashMap<>();
        store.findAllById(byComplaint.keySet().stream().map(CaseRouting::caseIdFor).toList())
                .forEach(c -> stored.put(c.complaintId(), c));
        Map<String, List<EarlyStatus>> waiting = early.of(byComplaint.keySet().stream()
                .filter(complaintId -> !stored.containsKey(complaintId)).toList());
        Instant now = clock.instant();
        List<ComplaintCase> opened = new ArrayList<>();
        List<ComplaintCase> changed = new ArrayList<>();
        List<ComplaintCase> unchanged = new ArrayList<>();
        Map<String, List<AuditTrail.Entry>> entries = new LinkedHashMap<>();
        byComplaint.forEach((complaintId, decisions) -> {
            ComplaintCase c = stored.get(complaintId);
            boolean isNew = c == null;
            boolean moved = false;
            List<AuditTrail.Entry> caseEntries = new ArrayList<>();
            for (Delivered<ComplaintRouted> delivered : decisions) {
                try (Scope trace = TraceParent.resume(delivered.traceparent())) {
                    RoutingDecision decision = decisionOf(delivered.event());
                    if (c == null) {
                        c = open(delivered.event(), decision, waiting.getOrDefault(complaintId, List.of()), now);
                        caseEntries.add(openingEntry(c, decision));
                        continue;
                    }
                    CaseState before = c.state();
                    long versionBefore = c.caseVersion();
                    if (c.applyRouting(decision, now, policy)) {
                        if (c.caseVersion() != versionBefore) {
                            events.statusChanged(c, now);
                        }
                        caseEntries.add(routingEntry(c, before, decision));
                        moved = true;
                    }
                }
            }
            (isNew ? opened : moved ? changed : unchanged).add(c);
            entries.put(c.id(), caseEntries);
        });
        Set<String> notOpened = store.insertAll(opened);
        List<ComplaintCase> written = new ArrayList<>();
        List<String> again = new ArrayList<>();
        for (ComplaintCase c : opened) {
            if (notOpened.contains(c.id())) {
                again.add(c.complaintId());
            } else {
                written.add(c);
            }
        }
        for (ComplaintCase c : changed) {
            if (store.save(c)) {
                written.add(c);
            } else {
                again.add(c.complaintId());
            }
        }
        audit.recordAll(written.stream().flatMap(c -> entries.get(c.id()).stream()).toList());
        List<ComplaintCase> announce = new ArrayList<>(written);
        // A redelivery: what a failed send left on the case goes out now rather than at the relay's pass.
        announce.addAll(unchanged);
        outbox.publishPending(announce);
        for (ComplaintCase c : opened) {
            if (!notOpened.contains(c.id())) {
                mergeEarlyStatuses(c.complaintId());
            }
        }
        for (String complaintId : again) {
            for (Delivered<ComplaintRouted> delivered : byComplaint.get(complaintId)) {
                try (Scope trace = TraceParent.resume(delivered.traceparent())) {
                    apply(delivered.event());
                }
            }
        }
    }

    /** A new case from its first decision, with the statuses that came first in the opening itself. */
    private ComplaintCase open(ComplaintRouted routed, RoutingDecision decision, List<EarlyStatus> statuses,
            Instant now) {
        ComplaintCase opened = ComplaintCase.open(caseIdFor(routed.complaintId()), routed.complaintId(),
                factsOf(routed), decision, routed.eventId().toString(), now, policy);
        // An imported ticket its channel had finished opens closed.
        for (EarlyStatus status : statuses) {
            if (opened.recordChannelStatus(status.id(), status.at(), status.event(), status.detail())
                    && status.facts() != null) {
                opened.takeChannelFactsAtOpening(status.facts(), now, policy);
            }
        }
        events.statusChanged(opened, now);
        return opened;
    }

    private static AuditTrail.Entry openingEntry(ComplaintCase opened, RoutingDecision decision) {
        return new AuditTrail.Entry(opened.id(), AuditTrail.SYSTEM, "CASE_OPENED", null, opened.state().name(),
                "routing rule " + decision.ruleId() + " v" + decision.ruleVersion());
    }

    private static AuditTrail.Entry routingEntry(ComplaintCase c, CaseState before, RoutingDecision decision) {
        return new AuditTrail.Entry(c.id(), decision.decidedBy() == null ? AuditTrail.SYSTEM : decision.decidedBy(),
                "ROUTING_" + decision.kind(), before.name(), c.state().name(), decision.destination().code());
    }

    public void apply(ComplaintChannelStatusUpdated update) {
        if (update.complaintId() == null || update.eventId() == null) {
            throw new InvalidEventException("ComplaintChannelStatusUpdated without complaintId or eventId");
        }
        Instant at = update.statusAt() == null ? update.occurredAt() : update.statusAt().toInstant();
        String event = "CHANNEL_STATUS_" + (update.statusType() == null ? "UPDATED" : update.statusType().toUpperCase());
        String detail = join(update.statusLabel(), update.organisation());
        ChannelFacts facts = factsOf(update, at);
        if (!recordOnCase(update.complaintId(), update.eventId().toString(), at, event, detail, facts)) {
            // The case is not open yet (the topics are not ordered with each other): keep it for the opening.
            early.keep(update.complaintId(), new EarlyStatus(update.eventId().toString(), at, event, detail, facts));
            if (recordOnCase(update.complaintId(), update.eventId().toString(), at, event, detail, facts)) {
                early.forget(update.complaintId(), List.of(update.eventId().toString()));
            }
        }
    }

    private boolean recordOnCase(String complaintId, String eventId, Instant at, String event, String detail,
            ChannelFacts facts) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ComplaintCase> found = store.findByComplaintId(complaintId);
            if (found.isEmpty()) {
                return false;
            }
            ComplaintCase c = found.get();
            if (!c.recordChannelStatus(eventId, at, event, detail)) {
                return true;
            }
            CaseState before = c.state();
            long versionBefore = c.caseVersion();
            Instant now = clock.instant();
            if (facts != null) {
                c.takeChannelFacts(facts, now, policy);
            }
            if (c.caseVersion() != versionBefore) {
                events.statusChanged(c, now);
            }
            if (store.save(c)) {
                audit.record(new AuditTrail.Entry(c.id(), AuditTrail.SYSTEM, event, before.name(), c.state().name(),
                        detail));
                outbox.publishPending(c);
                return true;
            }
        }
        throw new IllegalStateException("The case of complaint " + complaintId + " kept changing");
    }

    /** Statuses that arrived while the case was being opened: recorded on it now, then forgotten. */
    private void mergeEarlyStatuses(String complaintId) {
        List<EarlyStatus> statuses = early.of(complaintId);
        for (EarlyStatus status : statuses) {
            recordOnCase(complaintId, status.id(), status.at(), status.event(), status.detail(), status.facts());
        }
        early.forget(complaintId, statuses.stream().map(EarlyStatus::id).toList());
    }

    /** What the status says about the record; it closes the case only as an imported record's closed state. */
    static ChannelFacts factsOf(ComplaintChannelStatusUpdated update, Instant at) {
        ChannelStatusDetails details = update.details();
        return new ChannelFacts(update.statusType(), update.statusLabel(), at,
                details == null ? null : details.countReopen(), details == null ? null : details.evidence(),
                details != null && details.closed() && details.backfilled());
    }

    /** Refuses a decision that cannot be applied: it goes to the dead-letter topic instead of being retried. */
    public static void validate(ComplaintRouted routed) {
        if (routed.eventId() == null || routed.complaintId() == null || routed.complaint() == null
                || routed.destination() == null || routed.destination().kind() == null
                || routed.complaint().receivedAt() == null) {
            throw new InvalidEventException("ComplaintRouted without eventId, complaintId, complaint facts,"
                    + " receivedAt or destination");
        }
    }

    static RoutingDecision decisionOf(ComplaintRouted routed) {
        RuleReference rule = routed.rule();
        return new RoutingDecision(routed.decisionSequence(), routed.kind(), routed.destination(),
                routed.disposition(), rule == null ? null : rule.ruleId(), rule == null ? 0 : rule.ruleVersion(),
                rule == null ? null : rule.reasonTh(), rule == null ? null : rule.reasonEn(), routed.confidence(),
                routed.decidedBy(), routed.lineOfWork(), routed.suggestedLineOfWork());
    }

    static ComplaintFacts factsOf(ComplaintRouted routed) {
        ComplaintSummary complaint = routed.complaint();
        AccusedPerson accused = complaint.accused();
        return new ComplaintFacts(complaint.channel(), complaint.receivedAt().toInstant(), complaint.district(),
                routed.lineOfWork(), complaint.trackingCodeHash(), complaint.description(),
                accused == null ? null : accused.position(), accused == null ? null : accused.positionLevel());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }
}
