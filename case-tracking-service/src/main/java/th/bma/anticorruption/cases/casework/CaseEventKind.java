package th.bma.anticorruption.cases.casework;

import th.bma.anticorruption.contracts.CaseDeadlineBreached;
import th.bma.anticorruption.contracts.CaseDeadlineReminder;
import th.bma.anticorruption.contracts.CaseMarkedStale;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.UnitProgressReportDue;
import th.bma.anticorruption.contracts.UnitProgressReportMissing;

/** The case events: each one's output binding (its topic is in application.yml) and its contract type. */
public enum CaseEventKind {

    STATUS_CHANGED("caseStatusChanged-out", CaseStatusChanged.class),
    DEADLINE_REMINDER("caseDeadlineReminder-out", CaseDeadlineReminder.class),
    DEADLINE_BREACHED("caseDeadlineBreached-out", CaseDeadlineBreached.class),
    STALE("caseStale-out", CaseMarkedStale.class),
    PROGRESS_MISSING("caseProgressMissing-out", UnitProgressReportMissing.class),
    PROGRESS_DUE("caseProgressDue-out", UnitProgressReportDue.class);

    private final String binding;
    private final Class<? extends IntegrationEvent> eventType;

    CaseEventKind(String binding, Class<? extends IntegrationEvent> eventType) {
        this.binding = binding;
        this.eventType = eventType;
    }

    public String binding() {
        return binding;
    }

    public Class<? extends IntegrationEvent> eventType() {
        return eventType;
    }
}
