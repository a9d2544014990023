package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A unit holding a forwarded corruption case did not report its progress by the 20th of {@code reportMonth}. */
public record UnitProgressReportMissing(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        String complaintId,
        String reportMonth,
        LocalDate dueDate,
        Destination destination) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
