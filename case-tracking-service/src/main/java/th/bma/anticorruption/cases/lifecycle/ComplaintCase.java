package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.contracts.InternalTrackFinding;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;

/**
 * The case of one complaint: where it stands in the procedure, where routing sent it, its line of work (an officer's
 * correction once one is made, with the classifier's suggestion kept beside it), its deadline, progress and history.
 * Every change that shows in the published snapshot (state, destination, disposition, line of work, deadline status,
 * staleness) raises {@link #caseVersion()} by one; {@link #revision()} rises with every stored change and guards
 * concurrent writers. {@link #nextAlarmAt()} is the next moment the passing of time can change the case.
 */
public class ComplaintCase {

    /** Evidence links kept per case at most: a bound on the document, far above what a channel sends. */
    public static final int MAX_EVIDENCE_LINKS = 100;

    private String id;
    private String complaintId;
    private Channel channel;
    private Instant receivedAt;
    private String district;
    private LineOfWork lineOfWork;
    /** The line of work routing's classifier found in the complaint's facts (may differ from an officer's). */
    private LineOfWork suggestedLineOfWork;
    private String trackingCodeHash;
    private String description;
    private String accusedPosition;
    private String accusedPositionLevel;

    private CaseState state;
    /** The state before the latest case version (null for the first), as CaseStatusChanged reports it. */
    private CaseState previousState;
    private Disposition disposition;
    private RoutingDecision routing;
    private CaseDeadlineState deadline;
    private Subcommittee subcommittee;
    private List<InterimMeasure> interimMeasures = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<String> appliedEventIds = new ArrayList<>();

    private Instant openedAt;
    private Instant stateChangedAt;
    private Instant lastActivityAt;
    private Instant lastProgressAt;
    private boolean stale;
    /** The newest routing decision seen, applied or (on a closed case) only recorded. */
    private long latestDecisionSequence;
    /** The monthly progress reports owed while forwarded, and what became of them. */
    private ProgressLedger progress = new ProgressLedger();
    /**
     * Steps the case has taken: routing decisions applied, channel statuses and officers' actions other than
     * progress reports and follow-ups. Two reports with no step between them may show no progress.
     */
    private long steps;

    /** When the complaint last reached the ก.ก. office (the internal track); its subcommittee clock started then. */
    private Instant internalTrackReachedAt;
    private PreliminaryCheck preliminaryCheck;
    private Finding finding;
    private OrderGiven orderGiven;
    /** How the case ended on the internal track; null for any other case and while open. */
    private TrackOutcome outcome;
    /** On the director's follow-up list since, and why; null when not on it. */
    private FollowUp followUp;
    private List<FollowUpRecord> followUps = new ArrayList<>();

    private long caseVersion;
    private long revision;
    private Instant nextAlarmAt;
    /** The alarm the case was last filed under for the watch; null once the watch took that filing. */
    private Instant filedAlarmAt;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    /** The channel's newest status of the complaint's record, and the evidence links the channel sent. */
    private ChannelStatus channelStatus;
    private List<EvidenceLink> evidence = new ArrayList<>();

    ComplaintCase() {
    }

    /** Opens the case of a complaint on routing's first decision about it. */
    public static ComplaintCase open(String caseId, String complaintId, ComplaintFacts facts, RoutingDecision decision,
            String causationEventId, Instant now, CaseTimetable policy) {
        ComplaintCase opened = new ComplaintCase();
        opened.id = caseId;
        opened.complaintId = complaintId;
        opened.channel = facts.channel();
        opened.receivedAt = facts.receivedAt();
        opened.district = facts.district();
        opened.lineOfWork = facts.lineOfWork();
        opened.suggestedLineOfWork = decision.suggestedLineOfWork() != null ? decision.suggestedLineOfWork()
                : facts.lineOfWork();
        opened.trackingCodeHash = facts.trackingCodeHash();
        opened.description = facts.description();
        opened.accusedPosition = facts.accusedPosition();
        opened.accusedPositionLevel = facts.accusedPositionLevel();
        opened.openedAt = now;
        opened.appliedEventIds.add(causationEventId);
        opened.enter(CaseState.openingStateFor(decision.destination().kind()), decision, now, policy);
        opened.timeline.add(new TimelineEntry(now, "CASE_OPENED", decision.destination().code()));
        if (decision.kind() == RoutingKind.NOT_CORRUPTION) {
            opened.closeAsNotCorruption(decision, now);
        }
        opened.disposition = opened.dispositionNow();
        opened.caseVersion = 1;
        opened.reschedule(policy);
        return opened;
    }

    /**
     * A later routing decision (reroute, triage resolved, redecision) moves an open case to its new destination and
     * gives it the decision's line of work (an officer's correction counts from then on, on a closed case too); an
     * intake officer's finding that it is no complaint of corruption closes it ({@link CaseState#NOT_CORRUPTION}).
     * Decisions not newer than the one applied are ignored, so redelivery and reordering change nothing; a closed
     * case only records the destination. Returns whether anything changed.
     */
    public boolean applyRouting(RoutingDecision decision, Instant now, CaseTimetable policy) {
        if (decision.sequence() <= latestDecisionSequence) {
            return false;
        }
        latestDecisionSequence = decision.sequence();
        Snapshot before = snapshot();
        if (decision.suggestedLineOfWork() != null) {
            suggestedLineOfWork = decision.suggestedLineOfWork();
        }
        if (decision.lineOfWork() != null && decision.lineOfWork() != lineOfWork) {
            timeline.add(new TimelineEntry(now, "LINE_OF_WORK_CHANGED", lineOfWork + " → " + decision.lineOfWork()));
            lineOfWork = decision.lineOfWork();
        }
        if (state.isClosed()) {
            timeline.add(new TimelineEntry(now, "ROUTING_RECORDED_ON_CLOSED_CASE", decision.destination().code()));
        } else if (decision.kind() == RoutingKind.NOT_CORRUPTION) {
            routing = decision;
            closeAsNotCorruption(decision, now);
            markActivity(now);
        } else {
            enter(CaseState.openingStateFor(decision.destination().kind()), decision, now, policy);
            timeline.add(new TimelineEntry(now, decision.kind() == RoutingKind.TRIAGE_RESOLVED ? "TRIAGE_RESOLVED"
                    : "REROUTED", decision.destination().code()));
            markActivity(now);
        }
        commit(before, policy);
        return true;
    }

    /** An officer's action; refused with {@link IllegalCaseTransitionException} where the state does not allow it. */
    public void perform(CaseAction action, ActionDetails details, String actor, Instant now, CaseTimetable policy) {
        CaseState target = CaseTransitions.next(state, action);
        Snapshot before = snapshot();
        String detail = apply(action, details, actor, now, policy);
        if (target != state) {
            if (target.isClosed()) {
                close(target, now);
            }
            state = target;
            stateChangedAt = now;
        }
        if (action != CaseAction.REPORT_PROGRESS && action != CaseAction.RECORD_FOLLOW_UP) {
            steps++;
        }
        timeline.add(new TimelineEntry(now, timelineEvent(action), detail, actor));
        markActivity(now);
        commit(before, policy);
    }

    /** Checks what the action needs, then records it; returns the timeline's detail. Nothing changes if refused. */
    private String apply(CaseAction action, ActionDetails details, String actor, Instant now, CaseTimetable policy) {
        switch (action) {
            case FIND_CREDIBLE:
                preliminaryCheck = new PreliminaryCheck(true, now, actor);
                return details.note();
            case FIND_NOT_CREDIBLE:
                requireNote(details, "Give the reason the complaint is not credible.");
                preliminaryCheck = new PreliminaryCheck(false, now, actor);
                dropOpenDeadline();
                return details.note();
            case APPOINT_SUBCOMMITTEE:
                List<String> members = details.members() == null ? List.of()
                        : details.members().stream().filter(m -> m != null && !m.isBlank()).toList();
                if (members.isEmpty()) {
                    throw new MissingActionDetailException("members", "Name the subcommittee's members.");
                }
                subcommittee = new Subcommittee(members, now, actor);
                if (deadline != null && deadline.isOpen()) {
                    deadline = deadline.met(now);
                }
                return details.note();
            case FIND_GROUNDED:
                finding = new Finding(true, now, actor);
                return details.note();
            case FIND_NOT_GROUNDED:
                finding = new Finding(false, now, actor);
                // Dismissed in the preliminary review: no subcommittee is owed any more.
                dropOpenDeadline();
                return details.note();
            case RECORD_ORDER:
                return recordOrder(details, actor, now);
            case RECORD_INTERIM_MEASURE:
                return recordMeasure(details, actor, now);
            case REVIEW_INTERIM_MEASURE:
                return reviewMeasure(details, actor, now);
            case END_INTERIM_MEASURE:
                return endMeasure(details, actor, now);
            case REPORT_PROGRESS:
                lastProgressAt = now;
                if (progress.report(destination(), details.note(), steps, now, policy)) {
                    listForFollowUp(FollowUpReason.NO_PROGRESS, now);
                }
                return details.note();
            case RECORD_FOLLOW_UP:
                requireNote(details, "Say what was done about the case.");
                if (followUp == null) {
                    throw new NotOnFollowUpListException(id);
                }
                followUps.add(new FollowUpRecord(followUp.since(), followUp.reasons(), now, actor));
                followUp = null;
                return details.note();
            default:
                return details.note();
        }
    }

    private String recordOrder(ActionDetails details, String actor, Instant now) {
        if (details.order() == null) {
            throw new MissingActionDetailException("order", "Say which order ศปท.กทม. gave.");
        }
        Instant orderedAt = details.orderedAt() == null ? now : notInTheFuture("orderedAt", details.orderedAt(), now);
        orderGiven = new OrderGiven(details.order(), orderedAt, actor, now);
        return withNote(details.order().name(), details);
    }

    private String recordMeasure(ActionDetails details, String actor, Instant now) {
        if (details.measure() == null) {
            throw new MissingActionDetailException("measure", "Say which measure was ordered.");
        }
        if (details.orderedBy() == null || details.orderedBy().isBlank() || details.orderedAt() == null) {
            throw new MissingActionDetailException(details.orderedAt() == null ? "orderedAt" : "orderedBy",
                    "Say who ordered the measure and when.");
        }
        if (details.reviewBy() != null && !details.reviewBy().isAfter(details.orderedAt())) {
            throw new ActionDetailRejectedException("reviewBy", "after-orderedAt",
                    "The review is due after the measure was ordered.");
        }
        InterimMeasure measure = new InterimMeasure("M-" + (interimMeasures.size() + 1), details.measure(),
                details.orderedBy(), details.orderedAt(), actor, now, details.note(), details.reviewBy(), List.of(),
                null, false);
        interimMeasures.add(measure);
        return measure.kind().name() + " " + measure.id();
    }

    private String reviewMeasure(ActionDetails details, String actor, Instant now) {
        int index = measureInForce(details.measureId());
        Instant reviewedAt = details.orderedAt() == null ? now : notInTheFuture("orderedAt", details.orderedAt(), now);
        if (details.reviewBy() != null && !details.reviewBy().isAfter(reviewedAt)) {
            throw new ActionDetailRejectedException("reviewBy", "after-review",
                    "The next review is due after this one.");
        }
        InterimMeasure measure = interimMeasures.get(index);
        interimMeasures.set(index, measure.reviewed(new InterimMeasure.MeasureReview(reviewedAt, details.orderedBy(),
                actor, now, details.reviewBy())));
        return withNote(measure.id(), details);
    }

    private String endMeasure(ActionDetails details, String actor, Instant now) {
        int index = measureInForce(details.measureId());
        if (details.orderedBy() == null || details.orderedBy().isBlank() || details.orderedAt() == null) {
            throw new MissingActionDetailException(details.orderedAt() == null ? "orderedAt" : "orderedBy",
                    "Say who lifted the measure and from when.");
        }
        InterimMeasure measure = interimMeasures.get(index);
        Instant endedAt = notInTheFuture("orderedAt", details.orderedAt(), now);
        if (endedAt.isBefore(measure.orderedAt())) {
            throw new ActionDetailRejectedException("orderedAt", "after-start",
                    "A measure cannot end before it was ordered.");
        }
        interimMeasures.set(index, measure.ended(new InterimMeasure.MeasureEnd(endedAt, details.orderedBy(), actor,
                now)));
        return withNote(measure.kind().name() + " " + measure.id(), details);
    }

    private int measureInForce(String measureId) {
        if (measureId == null || measureId.isBlank()) {
            throw new MissingActionDetailException("measureId", "Say which interim measure.");
        }
        for (int i = 0; i < interimMeasures.size(); i++) {
            InterimMeasure measure = interimMeasures.get(i);
            if (measure.id().equals(measureId)) {
                if (!measure.inForce()) {
                    throw new ActionDetailRejectedException("measureId", "in-force",
                            "The interim measure " + measureId + " has ended.");
                }
                return i;
            }
        }
        throw new ActionDetailRejectedException("measureId", "known", "The case has no interim measure " + measureId
                + ".");
    }

    private static Instant notInTheFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now)) {
            throw new ActionDetailRejectedException(field, "not-in-the-future", field + " is not in the future.");
        }
        return at;
    }

    private static void requireNote(ActionDetails details, String message) {
        if (details.note() == null || details.note().isBlank()) {
            throw new MissingActionDetailException("note", message);
        }
    }

    private static String withNote(String detail, ActionDetails details) {
        return details.note() == null || details.note().isBlank() ? detail : detail + " · " + details.note();
    }

    /**
     * An intake officer found the complaint is no complaint of corruption at all: the case closes where it stands,
     * owing no deadline and no progress report, with the officer on its timeline.
     */
    private void closeAsNotCorruption(RoutingDecision decision, Instant now) {
        dropOpenDeadline();
        close(CaseState.NOT_CORRUPTION, now);
        state = CaseState.NOT_CORRUPTION;
        stateChangedAt = now;
        timeline.add(new TimelineEntry(now, "CLOSED_NOT_CORRUPTION", decision.ruleId(), decision.decidedBy()));
    }

    /** The case closes: an internal-track case keeps its outcome, and months not yet due are no longer owed. */
    private void close(CaseState closed, Instant now) {
        if (state.isInternalTrack()) {
            InternalTrackFinding found = closed == CaseState.NOT_CREDIBLE ? InternalTrackFinding.NOT_CREDIBLE
                    : closed == CaseState.NOT_GROUNDED ? InternalTrackFinding.NOT_GROUNDED
                    : InternalTrackFinding.GROUNDED;
            outcome = new TrackOutcome(found, found == InternalTrackFinding.GROUNDED && orderGiven != null
                    ? orderGiven.order() : null, now);
        }
        progress.dropPending(now);
    }

    private void dropOpenDeadline() {
        if (deadline != null && deadline.isOpen()) {
            deadline = null;
        }
    }

    private void listForFollowUp(FollowUpReason reason, Instant now) {
        followUp = followUp == null ? new FollowUp(now, List.of(reason)) : followUp.with(reason);
    }

    /** A status the channel reported (e.g. a Traffy Fondue status update); once per event. */
    public boolean recordChannelStatus(String eventId, Instant at, String event, String detail) {
        if (appliedEventIds.contains(eventId)) {
            return false;
        }
        appliedEventIds.add(eventId);
        timeline.add(new TimelineEntry(at, event, detail));
        timeline.sort((a, b) -> a.at().compareTo(b.at()));
        steps++;
        return true;
    }

    /**
     * Takes what a channel status (already recorded by {@link #recordChannelStatus}) says about the complaint's
     * record: the newest status by its time is the case's channel status, the reopen count only grows, evidence links
     * are kept once each (up to {@link #MAX_EVIDENCE_LINKS}). A status that closes the case completes an open one
     * (counted as {@link Disposition#COMPLETED}, owing no deadline nor progress report).
     */
    public void takeChannelFacts(ChannelFacts facts, Instant now, CaseTimetable policy) {
        take(facts, now, policy, false);
    }

    /**
     * The same for facts known before the case was first stored (a status that arrived before routing's decision):
     * part of the opening, so a case they close opens closed, as its first version.
     */
    public void takeChannelFactsAtOpening(ChannelFacts facts, Instant now, CaseTimetable policy) {
        take(facts, now, policy, true);
    }

    private void take(ChannelFacts facts, Instant now, CaseTimetable policy, boolean opening) {
        if (channelStatus == null || !facts.at().isBefore(channelStatus.at())) {
            channelStatus = new ChannelStatus(facts.type(), facts.label(), facts.at(),
                    larger(channelStatus == null ? null : channelStatus.countReopen(), facts.countReopen()));
        } else if (facts.countReopen() != null) {
            channelStatus = new ChannelStatus(channelStatus.type(), channelStatus.label(), channelStatus.at(),
                    larger(channelStatus.countReopen(), facts.countReopen()));
        }
        if (evidence == null) {
            evidence = new ArrayList<>();
        }
        for (EvidenceLink link : facts.evidence()) {
            if (evidence.size() < MAX_EVIDENCE_LINKS && evidence.stream().noneMatch(e -> e.url().equals(link.url()))) {
                evidence.add(link);
            }
        }
        if (facts.closesCase() && !state.isClosed()) {
            Snapshot before = snapshot();
            state = CaseState.COMPLETED;
            stateChangedAt = now;
            dropOpenDeadline();
            progress.dropPending(now);
            timeline.add(new TimelineEntry(now, "CLOSED_AT_CHANNEL", facts.type() + " · " + facts.label()));
            if (opening) {
                disposition = dispositionNow();
                reschedule(policy);
            } else {
                commit(before, policy);
            }
        }
    }

    private static Integer larger(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    /**
     * Lets time pass up to {@code now}: deadline reminders and breach, the reminder before the 20th and missed
     * monthly progress reports, staleness, interim measures past their review date. Each is announced once, whatever
     * the clock does afterwards; a service that was down fires what fell due while it was down once (only the latest
     * reminder if several fell due, none once the deadline passed). A breach, staleness and an overdue review put the
     * case on the director's follow-up list.
     */
    public List<CaseAlert> tick(Instant now, CaseTimetable policy) {
        List<CaseAlert> alerts = new ArrayList<>();
        Snapshot before = snapshot();
        if (!state.isClosed()) {
            checkDeadline(now, policy, alerts);
            if (state.isForwarded()) {
                progress.check(destination(), now, policy, alerts, timeline);
            }
            if (!stale && !lastActivityAt.plus(policy.staleAfter()).isAfter(now)) {
                stale = true;
                alerts.add(new CaseAlert.MarkedStale(lastActivityAt));
                timeline.add(new TimelineEntry(now, "MARKED_STALE", null));
                listForFollowUp(FollowUpReason.STALE, now);
            }
        }
        checkMeasureReviews(now);
        commit(before, policy);
        return alerts;
    }

    private void checkMeasureReviews(Instant now) {
        for (int i = 0; i < interimMeasures.size(); i++) {
            InterimMeasure measure = interimMeasures.get(i);
            if (measure.reviewOverdue(now)) {
                interimMeasures.set(i, measure.overdueFlagged());
                timeline.add(new TimelineEntry(now, "INTERIM_MEASURE_REVIEW_OVERDUE", measure.id()));
                listForFollowUp(FollowUpReason.INTERIM_MEASURE_REVIEW_OVERDUE, now);
            }
        }
    }

    private void checkDeadline(Instant now, CaseTimetable policy, List<CaseAlert> alerts) {
        if (deadline == null || !deadline.isOpen()) {
            return;
        }
        if (now.isAfter(deadline.dueAt())) {
            deadline = deadline.breached(now).withRemindersDone(policy.reminderDaysLeft());
            alerts.add(new CaseAlert.DeadlineBreach());
            timeline.add(new TimelineEntry(now, "DEADLINE_BREACHED", deadline.kind()));
            listForFollowUp(FollowUpReason.DEADLINE_BREACHED, now);
            return;
        }
        List<Integer> due = policy.reminderDaysLeft().stream()
                .filter(d -> !deadline.remindersDone().contains(d))
                .filter(d -> !policy.reminderAt(deadline.dueAt(), d).isAfter(now))
                .toList();
        if (!due.isEmpty()) {
            int latest = due.get(due.size() - 1);
            deadline = deadline.withRemindersDone(Stream.concat(deadline.remindersDone().stream(), due.stream()).toList());
            alerts.add(new CaseAlert.DeadlineReminderDue(latest));
            timeline.add(new TimelineEntry(now, "DEADLINE_REMINDER", latest + " days left"));
        }
    }

    /**
     * Enters the state routing's decision leads to. Reaching the internal track starts the subcommittee clock that
     * day (a deadline met or breached on an earlier stay is kept); leaving it drops an open one. A decision naming
     * the internal track again, or the same unit again (a corrected line of work), keeps the steps taken there and the
     * months owed.
     */
    private void enter(CaseState opening, RoutingDecision decision, Instant now, CaseTimetable policy) {
        CaseState from = state;
        Destination formerHolder = routing == null ? null : routing.destination();
        routing = decision;
        latestDecisionSequence = decision.sequence();
        boolean wasInternal = from != null && from.isInternalTrack();
        CaseState next = opening == CaseState.PRELIMINARY_REVIEW && wasInternal ? from : opening;
        if (next != state) {
            state = next;
            stateChangedAt = now;
        }
        if (state.isInternalTrack() && !wasInternal) {
            internalTrackReachedAt = now;
            if (deadline == null) {
                deadline = CaseDeadlineState.open(CaseTimetable.SUBCOMMITTEE_APPOINTMENT, now,
                        policy.subcommitteeDueAt(now));
            }
        } else if (!state.isInternalTrack()) {
            dropOpenDeadline();
        }
        boolean sameHolder = from != null && from.isForwarded() && state.isForwarded()
                && formerHolder.code().equals(decision.destination().code());
        if (!sameHolder) {
            progress.holderChanged(state.isForwarded() ? decision.destination() : null, now, policy);
        }
        if (lastActivityAt == null) {
            lastActivityAt = now;
        }
        steps++;
    }

    private void markActivity(Instant now) {
        lastActivityAt = now;
        stale = false;
    }

    private void commit(Snapshot before, CaseTimetable policy) {
        disposition = dispositionNow();
        if (!before.equals(snapshot())) {
            caseVersion++;
            previousState = before.state();
        }
        reschedule(policy);
    }

    private Disposition dispositionNow() {
        if (state == CaseState.COMPLETED || state == CaseState.NOT_GROUNDED || state == CaseState.NOT_CREDIBLE
                || state == CaseState.NOT_CORRUPTION) {
            return Disposition.COMPLETED;
        }
        if (routing.disposition() != null) {
            return routing.disposition();
        }
        return Disposition.forDestination(routing.destination().kind());
    }

    private void reschedule(CaseTimetable policy) {
        List<Instant> alarms = new ArrayList<>();
        // A measure in force is reviewed even after its case closed: lifting it is what the accused waits for.
        interimMeasures.stream().filter(m -> m.inForce() && m.reviewBy() != null && !m.reviewOverdueFlagged())
                .map(m -> m.reviewBy().plusSeconds(1)).forEach(alarms::add);
        if (!state.isClosed()) {
            if (deadline != null && deadline.isOpen()) {
                alarms.add(deadline.dueAt().plusSeconds(1));
                policy.reminderDaysLeft().stream()
                        .filter(d -> !deadline.remindersDone().contains(d))
                        .map(d -> policy.reminderAt(deadline.dueAt(), d))
                        .forEach(alarms::add);
            }
            if (state.isForwarded()) {
                Instant progressAlarm = progress.nextAlarm(policy);
                if (progressAlarm != null) {
                    alarms.add(progressAlarm);
                }
            }
            if (!stale) {
                alarms.add(lastActivityAt.plus(policy.staleAfter()));
            }
        }
        nextAlarmAt = alarms.stream().min(Instant::compareTo).orElse(null);
    }

    private static String timelineEvent(CaseAction action) {
        switch (action) {
            case FIND_CREDIBLE:
                return "FOUND_CREDIBLE_PRESENTED_TO_DIRECTOR";
            case FIND_NOT_CREDIBLE:
                return "FOUND_NOT_CREDIBLE";
            case RECORD_ORDER:
                return "OPERATIONS_CENTRE_ORDER_RECORDED";
            case REVIEW_INTERIM_MEASURE:
                return "INTERIM_MEASURE_REVIEWED";
            case END_INTERIM_MEASURE:
                return "INTERIM_MEASURE_ENDED";
            case RECORD_FOLLOW_UP:
                return "FOLLOW_UP_RECORDED";
            case APPOINT_SUBCOMMITTEE:
                return "SUBCOMMITTEE_APPOINTED";
            case FIND_GROUNDED:
                return "FOUND_GROUNDED_SENT_FOR_ORDERS";
            case FIND_NOT_GROUNDED:
                return "FOUND_NOT_GROUNDED";
            case RECORD_INTERIM_MEASURE:
                return "INTERIM_MEASURE_RECORDED";
            case CLOSE_AS_REFERRED:
                return "CLOSED_AS_REFERRED";
            case REPORT_PROGRESS:
                return "PROGRESS_REPORTED";
            case COMPLETE:
            default:
                return "COMPLETED";
        }
    }

    private Snapshot snapshot() {
        return new Snapshot(state, dispositionNow(), routing.destination(), lineOfWork,
                deadline == null ? null : deadline.status(), deadline == null ? null : deadline.dueAt(), stale);
    }

    /** What the published {@code CaseStatusChanged} snapshot shows; a change of it is a new case version. */
    private record Snapshot(CaseState state, Disposition disposition, Destination destination, LineOfWork lineOfWork,
            Object deadlineStatus, Instant deadlineDueAt, boolean stale) {
    }

    /** Whether the next alarm differs from the one the case was last filed under. */
    public boolean alarmNeedsFiling() {
        return !Objects.equals(nextAlarmAt, filedAlarmAt);
    }

    /** The case was filed under its next alarm (before being stored). */
    public void alarmFiled() {
        filedAlarmAt = nextAlarmAt;
    }

    /** The watch took the case's filing: whatever alarm it stores next is filed again. */
    public void alarmTaken() {
        filedAlarmAt = null;
    }

    /** After a successful store, the revision the stored document carries. */
    public void markStored() {
        revision++;
    }

    /**
     * A message of the case's conversation with its complainant, on the timeline ({@code by}: the officer who wrote
     * it; null for the complainant). Neither the text nor anything about the complainant goes on the case.
     */
    public void recordMessage(Instant at, String event, String by) {
        timeline.add(new TimelineEntry(at, event, null, by));
    }

    /** Records an event to store with this change; it stays on the case until the broker acknowledged it. */
    public void recordEvent(PendingEvent event) {
        pendingEvents.add(event);
    }

    /** Forgets the events the broker acknowledged. */
    public void forgetPublished(Collection<String> eventIds) {
        pendingEvents.removeIf(event -> eventIds.contains(event.eventId()));
    }

    /** The events recorded with stored changes and not yet acknowledged by the broker, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public String complaintId() {
        return complaintId;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String district() {
        return district;
    }

    public LineOfWork lineOfWork() {
        return lineOfWork;
    }

    public LineOfWork suggestedLineOfWork() {
        return suggestedLineOfWork;
    }

    public String trackingCodeHash() {
        return trackingCodeHash;
    }

    public String description() {
        return description;
    }

    public String accusedPosition() {
        return accusedPosition;
    }

    public String accusedPositionLevel() {
        return accusedPositionLevel;
    }

    public CaseState state() {
        return state;
    }

    public CaseState previousState() {
        return previousState;
    }

    public Disposition disposition() {
        return disposition;
    }

    public RoutingDecision routing() {
        return routing;
    }

    public Destination destination() {
        return routing.destination();
    }

    public CaseDeadlineState deadline() {
        return deadline;
    }

    public Subcommittee subcommittee() {
        return subcommittee;
    }

    public List<InterimMeasure> interimMeasures() {
        return List.copyOf(interimMeasures);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Instant lastProgressAt() {
        return lastProgressAt;
    }

    public boolean stale() {
        return stale;
    }

    public long caseVersion() {
        return caseVersion;
    }

    public long revision() {
        return revision;
    }

    public Instant nextAlarmAt() {
        return nextAlarmAt;
    }

    public ChannelStatus channelStatus() {
        return channelStatus;
    }

    public List<EvidenceLink> evidence() {
        return evidence == null ? List.of() : List.copyOf(evidence);
    }

    public List<String> missedProgressMonths() {
        return progress.missedMonths();
    }

    public ProgressLedger progress() {
        return progress;
    }

    public Instant internalTrackReachedAt() {
        return internalTrackReachedAt;
    }

    public PreliminaryCheck preliminaryCheck() {
        return preliminaryCheck;
    }

    public Finding finding() {
        return finding;
    }

    public OrderGiven orderGiven() {
        return orderGiven;
    }

    public TrackOutcome outcome() {
        return outcome;
    }

    public FollowUp followUp() {
        return followUp;
    }

    public List<FollowUpRecord> followUps() {
        return List.copyOf(followUps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComplaintCase that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
