package th.bma.anticorruption.cases.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.CaseAlert;
import th.bma.anticorruption.cases.lifecycle.CaseDeadlineState;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.cases.lifecycle.TrackOutcome;
import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseDeadlineBreached;
import th.bma.anticorruption.contracts.CaseDeadlineReminder;
import th.bma.anticorruption.contracts.CaseMarkedStale;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.InternalTrackOutcome;
import th.bma.anticorruption.contracts.UnitProgressReportDue;
import th.bma.anticorruption.contracts.UnitProgressReportMissing;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.time.BangkokTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happened to a case into the platform's case events and records them on the case, to be stored in the
 * same document write as the change itself; {@link CaseEventOutbox} sends them once the case is stored.
 */
@Component
public class CaseEvents {

    /** Escalation goes to the director of ศตท.กทม. (the centre). */
    public static final String ESCALATED_TO = "CENTRE/DIRECTOR";

    private final JsonMapper json;

    public CaseEvents(JsonMapper json) {
        this.json = json;
    }

    /** Records the case's new snapshot (after a change that raised its caseVersion). */
    public void statusChanged(ComplaintCase c, Instant now) {
        record(c, CaseEventKind.STATUS_CHANGED, new CaseStatusChanged(UUID.randomUUID(), now, c.id(),
                CaseStatusChanged.SCHEMA_VERSION, c.caseVersion(), c.complaintId(), c.channel(),
                bangkok(c.receivedAt()), c.district(), c.lineOfWork(),
                c.previousState() == null ? null : c.previousState().name(), c.state().name(), c.disposition(),
                c.destination(), deadlineOf(c), c.stale(), outcomeOf(c)), now);
    }

    /** Records what the passing of time raised on the case. */
    public void alert(ComplaintCase c, CaseAlert alert, Instant now) {
        CaseDeadlineState deadline = c.deadline();
        if (alert instanceof CaseAlert.DeadlineReminderDue reminder) {
            record(c, CaseEventKind.DEADLINE_REMINDER, new CaseDeadlineReminder(UUID.randomUUID(), now, c.id(),
                    CaseDeadlineReminder.SCHEMA_VERSION, c.complaintId(), deadline.kind(), bangkok(deadline.dueAt()),
                    reminder.daysLeft(), c.destination()), now);
        } else if (alert instanceof CaseAlert.DeadlineBreach) {
            record(c, CaseEventKind.DEADLINE_BREACHED, new CaseDeadlineBreached(UUID.randomUUID(), now, c.id(),
                    CaseDeadlineBreached.SCHEMA_VERSION, c.complaintId(), deadline.kind(), bangkok(deadline.dueAt()),
                    ESCALATED_TO, c.destination()), now);
        } else if (alert instanceof CaseAlert.ProgressReportReminder reminder) {
            record(c, CaseEventKind.PROGRESS_DUE, new UnitProgressReportDue(UUID.randomUUID(), now, c.id(),
                    UnitProgressReportDue.SCHEMA_VERSION, c.complaintId(), reminder.month().toString(),
                    reminder.dueDate(), reminder.daysLeft(), c.destination()), now);
        } else if (alert instanceof CaseAlert.ProgressReportMissed missed) {
            record(c, CaseEventKind.PROGRESS_MISSING, new UnitProgressReportMissing(UUID.randomUUID(), now, c.id(),
                    UnitProgressReportMissing.SCHEMA_VERSION, c.complaintId(), missed.month().toString(),
                    missed.dueDate(), c.destination()), now);
        } else if (alert instanceof CaseAlert.MarkedStale stale) {
            record(c, CaseEventKind.STALE, new CaseMarkedStale(UUID.randomUUID(), now, c.id(),
                    CaseMarkedStale.SCHEMA_VERSION, c.complaintId(), bangkok(stale.lastActivityAt()),
                    c.destination()), now);
        }
    }

    /**
     * The event a pending entry of case {@code c} holds, exactly as it was recorded (same event id, same JSON, the
     * trace of the change that recorded it), keyed by the case id for its topic.
     */
    public OutboxEvent outboxEventOf(ComplaintCase c, PendingEvent pending) {
        CaseEventKind kind = CaseEventKind.valueOf(pending.kind());
        IntegrationEvent event = json.readValue(pending.payload(), kind.eventType());
        return new OutboxEvent(kind.topic(), c.id(), event.eventId(), kind.eventType().getSimpleName(),
                event.schemaVersion(), pending.payload(), pending.traceparent());
    }

    static CaseDeadline deadlineOf(ComplaintCase c) {
        CaseDeadlineState deadline = c.deadline();
        return deadline == null ? null : new CaseDeadline(deadline.kind(), bangkok(deadline.dueAt()),
                deadline.status(), bangkok(deadline.metAt()));
    }

    static InternalTrackOutcome outcomeOf(ComplaintCase c) {
        TrackOutcome outcome = c.outcome();
        return outcome == null ? null
                : new InternalTrackOutcome(outcome.finding(), outcome.order(), bangkok(outcome.closedAt()));
    }

    static OffsetDateTime bangkok(Instant at) {
        return at == null ? null : at.atZone(BangkokTime.ZONE).toOffsetDateTime();
    }

    private void record(ComplaintCase c, CaseEventKind kind, IntegrationEvent event, Instant now) {
        c.recordEvent(new PendingEvent(event.eventId().toString(), kind.name(), json.writeValueAsString(event), now,
                TraceParent.current()));
    }
}
