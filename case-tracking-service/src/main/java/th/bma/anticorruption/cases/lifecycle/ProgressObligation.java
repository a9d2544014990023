package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.time.YearMonth;

import th.bma.anticorruption.contracts.Destination;

/**
 * A progress report a case owes for {@code month} ({@code yyyy-MM}) to the unit or working group holding it
 * ({@code holder}), due at {@code dueAt}: whether and when it was filed, whether it showed no progress, and whether
 * the reminder before the due date went out.
 */
public record ProgressObligation(String month, Destination holder, Instant dueAt, ProgressReportStatus status,
        Instant reportedAt, boolean withoutProgress, boolean reminded) {

    static ProgressObligation owed(YearMonth month, Destination holder, Instant dueAt) {
        return new ProgressObligation(month.toString(), holder, dueAt, ProgressReportStatus.NOT_FILED, null, false,
                false);
    }

    YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    boolean owedBy(String holderCode) {
        return holder.code().equals(holderCode);
    }

    ProgressObligation filed(Instant at, boolean noProgress) {
        ProgressReportStatus filed = at.isAfter(dueAt) ? ProgressReportStatus.LATE : ProgressReportStatus.ON_TIME;
        return new ProgressObligation(month, holder, dueAt, filed, at, noProgress, reminded);
    }

    ProgressObligation judged(boolean noProgress) {
        return new ProgressObligation(month, holder, dueAt, status, reportedAt, noProgress, reminded);
    }

    ProgressObligation remindedOf() {
        return new ProgressObligation(month, holder, dueAt, status, reportedAt, withoutProgress, true);
    }
}
