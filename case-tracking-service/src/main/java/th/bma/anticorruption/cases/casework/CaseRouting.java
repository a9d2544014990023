package th.bma.anticorruption.cases.casework;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.audit.AuditTrail;
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

/**
 * Opens a case on routing's first decision about a complaint and moves it on later ones; puts the channel's status
 * updates on its timeline and takes the channel's facts (status, reopen count, evidence links; an imported record
 * the channel had closed closes the case, within the opening when its status came first). Exact under redelivery and reordering: one case per complaint (unique index, caseId
 * derived from the complaintId), decisions applied only when newer, status updates once per event id.
 */
@Service
public class CaseRouting {

    static final String EARLY_STATUSES = "early_channel_statuses";
    private static final int ATTEMPTS = 5;

    private final CaseStore store;
    private final CaseEvents events;
    private final CaseEventOutbox outbox;
    private final AuditTrail audit;
    private final CaseTimetable policy;
    private final MongoTemplate mongo;
    private final Clock clock;

    public CaseRouting(CaseStore store, CaseEvents events, CaseEventOutbox outbox, AuditTrail audit,
            CaseTimetable policy, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.mongo = mongo;
        this.clock = clock;
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
                ComplaintCase opened = ComplaintCase.open(caseIdFor(routed.complaintId()), routed.complaintId(),
                        factsOf(routed), decision, routed.eventId().toString(), now, policy);
                // Statuses that came first go into the opening itself: an imported finished ticket opens closed.
                for (EarlyStatus status : earlyStatuses(routed.complaintId())) {
                    if (opened.recordChannelStatus(status.id(), status.at(), status.event(), status.detail())
                            && status.facts() != null) {
                        opened.takeChannelFactsAtOpening(status.facts(), now, policy);
                    }
                }
                events.statusChanged(opened, now);
                if (store.insert(opened)) {
                    audit.record(opened.id(), AuditTrail.SYSTEM, "CASE_OPENED", null, opened.state().name(),
                            "routing rule " + decision.ruleId() + " v" + decision.ruleVersion());
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
                audit.record(c.id(), decision.decidedBy() == null ? AuditTrail.SYSTEM : decision.decidedBy(),
                        "ROUTING_" + decision.kind(), before.name(), c.state().name(), decision.destination().code());
                outbox.publishPending(c);
                return;
            }
        }
        throw new IllegalStateException("The case of complaint " + routed.complaintId() + " kept changing");
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
            mongo.save(new EarlyStatus(update.eventId().toString(), update.complaintId(), at, event, detail, facts),
                    EARLY_STATUSES);
            if (recordOnCase(update.complaintId(), update.eventId().toString(), at, event, detail, facts)) {
                mongo.remove(query(where("_id").is(update.eventId().toString())), EARLY_STATUSES);
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
                audit.record(c.id(), AuditTrail.SYSTEM, event, before.name(), c.state().name(), detail);
                outbox.publishPending(c);
                return true;
            }
        }
        throw new IllegalStateException("The case of complaint " + complaintId + " kept changing");
    }

    private void mergeEarlyStatuses(String complaintId) {
        for (EarlyStatus status : earlyStatuses(complaintId)) {
            recordOnCase(complaintId, status.id(), status.at(), status.event(), status.detail(), status.facts());
            mongo.remove(query(where("_id").is(status.id())), EARLY_STATUSES);
        }
    }

    private List<EarlyStatus> earlyStatuses(String complaintId) {
        return mongo.find(query(where("complaintId").is(complaintId)), EarlyStatus.class, EARLY_STATUSES);
    }

    /** What the status says about the record; it closes the case only as an imported record's closed state. */
    static ChannelFacts factsOf(ComplaintChannelStatusUpdated update, Instant at) {
        ChannelStatusDetails details = update.details();
        return new ChannelFacts(update.statusType(), update.statusLabel(), at,
                details == null ? null : details.countReopen(), details == null ? null : details.evidence(),
                details != null && details.closed() && details.backfilled());
    }

    private static void validate(ComplaintRouted routed) {
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

    /** A channel status that arrived before its case was opened. */
    record EarlyStatus(@Id String id, String complaintId, Instant at, String event, String detail, ChannelFacts facts) {
    }
}
