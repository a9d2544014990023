package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A confidentiality officer opened sealed particulars of a complaint: announced to the auditors on every reveal.
 * Says who revealed what kind of particulars of which complaint, and where the audit entry is; never what was
 * revealed, nor the reason (which stays in the service's reveal audit).
 *
 * @param service the service whose audit holds the entry ({@code complaint-intake-service}, …)
 * @param subjectId the complaint or case whose particulars were opened
 * @param particulars {@code IDENTITY} (the complainant's identity and original text) or {@code OFFICERS_TEXTS}
 *        (the originals of officers' reasons and notes)
 * @param officerId the signed-in person who revealed them
 */
public record SealedParticularsRevealed(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        int schemaVersion,
        String auditEntryId,
        String service,
        String subjectId,
        String particulars,
        String officerId) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
