package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

import th.bma.anticorruption.contracts.DeadlineStatus;

/**
 * A deadline on a case with what has been announced about it: when its clock started ({@code startedAt}: for the
 * subcommittee deadline, when the complaint reached the ก.ก. office), the reminders already sent (or passed over
 * because a later one was due at the same time) and when it was met or breached.
 */
public record CaseDeadlineState(String kind, Instant startedAt, Instant dueAt, DeadlineStatus status, Instant metAt,
        Instant breachedAt, List<Integer> remindersDone) {

    public CaseDeadlineState {
        remindersDone = remindersDone == null ? List.of() : List.copyOf(remindersDone);
    }

    static CaseDeadlineState open(String kind, Instant startedAt, Instant dueAt) {
        return new CaseDeadlineState(kind, startedAt, dueAt, DeadlineStatus.OPEN, null, null, List.of());
    }

    CaseDeadlineState met(Instant at) {
        return new CaseDeadlineState(kind, startedAt, dueAt, DeadlineStatus.MET, at, null, remindersDone);
    }

    CaseDeadlineState breached(Instant at) {
        return new CaseDeadlineState(kind, startedAt, dueAt, DeadlineStatus.BREACHED, null, at, remindersDone);
    }

    CaseDeadlineState withRemindersDone(List<Integer> done) {
        return new CaseDeadlineState(kind, startedAt, dueAt, status, metAt, breachedAt, done);
    }

    boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }
}
