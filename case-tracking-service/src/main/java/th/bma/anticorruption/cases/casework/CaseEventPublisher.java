package th.bma.anticorruption.cases.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.CaseAlert;
import th.bma.anticorruption.cases.lifecycle.CaseDeadlineState;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseDeadlineBreached;
import th.bma.anticorruption.contracts.CaseDeadlineReminder;
import th.bma.anticorruption.contracts.CaseMarkedStale;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.UnitProgressReportMissing;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.time.BangkokTime;

/** Turns what happened to a case into the platform's case events and sends them, keyed by caseId. */
@Component
public class CaseEventPublisher {

    public static final String STATUS_CHANGED = "caseStatusChanged-out";
    public static final String DEADLINE_REMINDER = "caseDeadlineReminder-out";
    public static final String DEADLINE_BREACHED = "caseDeadlineBreached-out";
    public static final String STALE = "caseStale-out";
    public static final String PROGRESS_MISSING = "caseProgressMissing-out";
    /** Escalation goes to the director of ศตท.กทม. (the centre). */
    public static final String ESCALATED_TO = "CENTRE/DIRECTOR";

    private final EventPublisher publisher;

    public CaseEventPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void statusChanged(ComplaintCase c, CaseState previousState, Instant now) {
        send(STATUS_CHANGED, new CaseStatusChanged(UUID.randomUUID(), now, c.id(), CaseStatusChanged.SCHEMA_VERSION,
                c.caseVersion(), c.complaintId(), c.channel(), bangkok(c.receivedAt()), c.district(), c.lineOfWork(),
                previousState == null ? null : previousState.name(), c.state().name(), c.disposition(),
                c.destination(), deadlineOf(c), c.stale()));
    }

    public void alert(ComplaintCase c, CaseAlert alert, Instant now) {
        CaseDeadlineState deadline = c.deadline();
        if (alert instanceof CaseAlert.DeadlineReminderDue reminder) {
            send(DEADLINE_REMINDER, new CaseDeadlineReminder(UUID.randomUUID(), now, c.id(),
                    CaseDeadlineReminder.SCHEMA_VERSION, c.complaintId(), deadline.kind(), bangkok(deadline.dueAt()),
                    reminder.daysLeft(), c.destination()));
        } else if (alert instanceof CaseAlert.DeadlineBreach) {
            send(DEADLINE_BREACHED, new CaseDeadlineBreached(UUID.randomUUID(), now, c.id(),
                    CaseDeadlineBreached.SCHEMA_VERSION, c.complaintId(), deadline.kind(), bangkok(deadline.dueAt()),
                    ESCALATED_TO, c.destination()));
        } else if (alert instanceof CaseAlert.ProgressReportMissed missed) {
            send(PROGRESS_MISSING, new UnitProgressReportMissing(UUID.randomUUID(), now, c.id(),
                    UnitProgressReportMissing.SCHEMA_VERSION, c.complaintId(), missed.month().toString(),
                    missed.dueDate(), c.destination()));
        } else if (alert instanceof CaseAlert.MarkedStale stale) {
            send(STALE, new CaseMarkedStale(UUID.randomUUID(), now, c.id(), CaseMarkedStale.SCHEMA_VERSION,
                    c.complaintId(), bangkok(stale.lastActivityAt()), c.destination()));
        }
    }

    static CaseDeadline deadlineOf(ComplaintCase c) {
        CaseDeadlineState deadline = c.deadline();
        return deadline == null ? null : new CaseDeadline(deadline.kind(), bangkok(deadline.dueAt()),
                deadline.status(), bangkok(deadline.metAt()));
    }

    static OffsetDateTime bangkok(Instant at) {
        return at == null ? null : at.atZone(BangkokTime.ZONE).toOffsetDateTime();
    }

    private void send(String binding, IntegrationEvent event) {
        if (!publisher.publish(binding, event)) {
            throw new IllegalStateException("The binder did not accept " + event.getClass().getSimpleName());
        }
    }
}
