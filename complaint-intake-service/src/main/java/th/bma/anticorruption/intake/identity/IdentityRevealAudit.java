package th.bma.anticorruption.intake.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.reveal.RevealAudit;

/**
 * The append-only record of every identity reveal ({@value #COLLECTION}): who, when, why, which complaint; the
 * platform's reveal audit ({@link RevealAudit}, a hash chain) in a collection of intake's own. Nothing in the service
 * updates or deletes an entry; an entry changed or removed in the database shows where it was done.
 */
public class IdentityRevealAudit {

    public static final String COLLECTION = "identityRevealAudit";

    private final RevealAudit audit;

    public IdentityRevealAudit(MongoTemplate mongo) {
        this.audit = new RevealAudit(mongo.getCollection(COLLECTION));
    }

    public Entry append(String complaintId, String officerId, String reason, Instant at) {
        return Entry.of(audit.append(complaintId, null, officerId, reason, at));
    }

    /** Walks the whole chain of reveals: whether it holds and where it breaks. */
    public ChainVerification verify() {
        return audit.verify();
    }

    public List<Entry> latest(int limit) {
        return audit.latest(limit).stream().map(Entry::of).toList();
    }

    /** One reveal: the audit trail an auditor reads. */
    public record Entry(String entryId, String complaintId, String officerId, String reason, OffsetDateTime revealedAt) {

        static Entry of(RevealAudit.Entry entry) {
            return new Entry(entry.entryId(), entry.complaintId(), entry.officerId(), entry.reason(), entry.revealedAt());
        }
    }
}
