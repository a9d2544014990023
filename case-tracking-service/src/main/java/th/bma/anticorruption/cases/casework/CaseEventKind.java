package th.bma.anticorruption.cases.casework;

import th.bma.anticorruption.contracts.CaseDeadlineBreached;
import th.bma.anticorruption.contracts.CaseDeadlineReminder;
import th.bma.anticorruption.contracts.CaseMarkedStale;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.contracts.UnitProgressReportDue;
import th.bma.anticorruption.contracts.UnitProgressReportMissing;

/** The case events: each one's topic and its contract type. */
public enum CaseEventKind {

    STATUS_CHANGED(Topics.CASES_STATUS_CHANGED, CaseStatusChanged.class),
    DEADLINE_REMINDER(Topics.CASES_DEADLINE_REMINDERS, CaseDeadlineReminder.class),
    DEADLINE_BREACHED(Topics.CASES_DEADLINE_BREACHED, CaseDeadlineBreached.class),
    STALE(Topics.CASES_STALE, CaseMarkedStale.class),
    PROGRESS_MISSING(Topics.CASES_PROGRESS_REPORT_MISSING, UnitProgressReportMissing.class),
    PROGRESS_DUE(Topics.CASES_PROGRESS_REPORT_DUE, UnitProgressReportDue.class);

    private final String topic;
    private final Class<? extends IntegrationEvent> eventType;

    CaseEventKind(String topic, Class<? extends IntegrationEvent> eventType) {
        this.topic = topic;
        this.eventType = eventType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IntegrationEvent> eventType() {
        return eventType;
    }
}
