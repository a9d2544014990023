package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import th.bma.anticorruption.contracts.Destination;

/**
 * The monthly progress reports a forwarded case owes the unit or working group holding it (seed 002: by the 20th of
 * every month), and what became of each. A case forwarded in month M owes its first report for M+1; a month's report
 * is owed to the holder of the case at that month's due moment, so an obligation not yet due is dropped when the case
 * leaves its holder (rerouted or closed), while past months stay as they were. A report counts for every month of the
 * holder still unfiled up to the month it is credited to (on time for that one, late for earlier ones).
 */
public class ProgressLedger {

    private List<ProgressObligation> obligations = new ArrayList<>();
    /** The months ({@code yyyy-MM}) announced as missed. */
    private List<String> missedMonths = new ArrayList<>();
    private ProgressReport lastReport;

    ProgressLedger() {
    }

    /** The case now rests with {@code holder} (null: no longer forwarded) from {@code now}. */
    void holderChanged(Destination holder, Instant now, CaseTimetable policy) {
        dropPending(now);
        if (holder != null) {
            owe(policy.firstProgressMonth(now), holder, policy);
        }
    }

    /** Forgets the obligations not yet due: whoever held the case before their due moment no longer owes them. */
    void dropPending(Instant now) {
        obligations.removeIf(o -> !now.isAfter(o.dueAt()));
    }

    /**
     * Lets time pass up to {@code now} on a case forwarded to {@code holder}: the reminder before the 20th, every
     * missed month once.
     */
    void check(Destination holder, Instant now, CaseTimetable policy, List<CaseAlert> alerts,
            List<TimelineEntry> timeline) {
        if (obligations.isEmpty()) {
            // Stored before its obligations were kept: it owes from the month now being reported on.
            owe(policy.progressMonthCredited(now), holder, policy);
        }
        ProgressObligation pending = obligations.get(obligations.size() - 1);
        while (now.isAfter(pending.dueAt())) {
            if (pending.status() == ProgressReportStatus.NOT_FILED && !missedMonths.contains(pending.month())) {
                missedMonths.add(pending.month());
                alerts.add(new CaseAlert.ProgressReportMissed(pending.yearMonth(),
                        policy.progressDueDate(pending.yearMonth())));
                timeline.add(new TimelineEntry(now, "PROGRESS_REPORT_MISSING", pending.month()));
            }
            pending = owe(pending.yearMonth().plusMonths(1), pending.holder(), policy);
        }
        if (reminderDue(pending, now, policy)) {
            obligations.set(obligations.size() - 1, pending.remindedOf());
            int daysLeft = policy.progressReminderDaysBefore();
            alerts.add(new CaseAlert.ProgressReportReminder(pending.yearMonth(),
                    policy.progressDueDate(pending.yearMonth()), daysLeft));
            timeline.add(new TimelineEntry(now, "PROGRESS_REPORT_REMINDER", pending.month()));
        }
    }

    /**
     * A report by the holder at {@code now} after the case took {@code steps} steps; returns whether it showed no
     * progress: a note that says nothing, or the same note as the holder's last report with no step in between.
     */
    boolean report(Destination holder, String note, long steps, Instant now, CaseTimetable policy) {
        String digest = ProgressNote.digest(note);
        boolean noProgress = ProgressNote.saysNothing(note) || lastReport != null
                && lastReport.holderCode().equals(holder.code()) && lastReport.noteDigest().equals(digest)
                && lastReport.steps() == steps;
        YearMonth credited = policy.progressMonthCredited(now);
        for (int i = 0; i < obligations.size(); i++) {
            ProgressObligation o = obligations.get(i);
            if (!o.owedBy(holder.code()) || o.yearMonth().isAfter(credited)) {
                continue;
            }
            if (o.status() == ProgressReportStatus.NOT_FILED) {
                obligations.set(i, o.filed(now, noProgress));
            } else if (!now.isAfter(o.dueAt())) {
                // Another report before the due moment: the latest one by the 20th says whether the month progressed.
                obligations.set(i, o.judged(noProgress));
            }
        }
        lastReport = new ProgressReport(now, holder.code(), digest, steps);
        return noProgress;
    }

    /** The next moment time changes something here: the pending month's reminder or its due moment passing. */
    Instant nextAlarm(CaseTimetable policy) {
        if (obligations.isEmpty()) {
            return null;
        }
        ProgressObligation pending = obligations.get(obligations.size() - 1);
        Instant afterDue = pending.dueAt().plusSeconds(1);
        if (pending.status() == ProgressReportStatus.NOT_FILED && !pending.reminded()
                && policy.progressReminderDaysBefore() > 0) {
            Instant remindAt = policy.progressReminderAt(pending.yearMonth());
            return remindAt.isBefore(afterDue) ? remindAt : afterDue;
        }
        return afterDue;
    }

    public List<ProgressObligation> obligations() {
        return List.copyOf(obligations);
    }

    public List<String> missedMonths() {
        return List.copyOf(missedMonths);
    }

    public ProgressReport lastReport() {
        return lastReport;
    }

    private ProgressObligation owe(YearMonth month, Destination holder, CaseTimetable policy) {
        ProgressObligation owed = ProgressObligation.owed(month, holder, policy.progressDueAt(month));
        obligations.add(owed);
        return owed;
    }

    private static boolean reminderDue(ProgressObligation pending, Instant now, CaseTimetable policy) {
        return pending.status() == ProgressReportStatus.NOT_FILED && !pending.reminded()
                && policy.progressReminderDaysBefore() > 0
                && !policy.progressReminderAt(pending.yearMonth()).isAfter(now) && !now.isAfter(pending.dueAt());
    }
}
