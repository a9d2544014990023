package th.bma.anticorruption.routing.store;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.decision.ComplaintFile;

/**
 * A {@link ComplaintFile} as stored (collection {@code complaints}, keyed by complaint id), indexed by the kind of its
 * current destination for the triage queue ({@code notCorruption} absent on files written before it was kept: false).
 * It is only ever written field by field (opened by an upsert, moved on by
 * guarded updates), never as a whole.
 */
@Document("complaints")
record ComplaintFileDocument(@Id String complaintId, ComplaintSummary complaint, long lastSequence,
        long currentSequence, Destination currentDestination, @Indexed DestinationKind currentKind,
        LineOfWork lineOfWork, double confidence, String reasonTh, String reasonEn, Instant receivedAt,
        LineOfWork officerLineOfWork, ScreeningDoubt screeningDoubt, Boolean notCorruption) {

    ComplaintFile file() {
        return new ComplaintFile(complaintId, complaint, lastSequence, currentSequence, currentDestination,
                currentKind, lineOfWork, confidence, reasonTh, reasonEn, receivedAt, officerLineOfWork,
                screeningDoubt, Boolean.TRUE.equals(notCorruption));
    }
}
