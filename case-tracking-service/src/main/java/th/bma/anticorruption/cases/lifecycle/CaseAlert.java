package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** Something the passing of time brought about on a case, to be announced once. */
public sealed interface CaseAlert {

    /** The deadline is {@code daysLeft} days away. */
    record DeadlineReminderDue(int daysLeft) implements CaseAlert {
    }

    /** The deadline passed unmet; escalated to the director. */
    record DeadlineBreach() implements CaseAlert {
    }

    /** The holding unit's progress report for {@code month} is due by {@code dueDate} and not filed yet. */
    record ProgressReportReminder(YearMonth month, LocalDate dueDate, int daysLeft) implements CaseAlert {
    }

    /** The holding unit did not report progress for {@code month} by {@code dueDate}. */
    record ProgressReportMissed(YearMonth month, LocalDate dueDate) implements CaseAlert {
    }

    /** No activity since {@code lastActivityAt}. */
    record MarkedStale(Instant lastActivityAt) implements CaseAlert {
    }
}
