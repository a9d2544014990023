package th.bma.anticorruption.intake.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * The append-only record of every identity reveal: who, when, why, which complaint. This class only appends, reads
 * and verifies; nothing in the service updates or deletes an entry, and the entries form a hash chain
 * ({@link HashChain}): an entry changed or removed in the database shows where it was done. A field added to the
 * entries later is covered by the hash from then on, with nothing else to change.
 */
public class IdentityRevealAudit {

    public static final String COLLECTION = "identityRevealAudit";

    private final MongoCollection<Document> entries;
    private final HashChain chain;

    public IdentityRevealAudit(MongoTemplate mongo) {
        this.entries = mongo.getCollection(COLLECTION);
        this.chain = new HashChain(entries);
    }

    public Entry append(String complaintId, String officerId, String reason, Instant at) {
        Entry entry = new Entry(UUID.randomUUID().toString(), complaintId, officerId, reason,
                at.atZone(BangkokTime.ZONE).toOffsetDateTime());
        chain.append(new Document("_id", entry.entryId())
                .append("complaintId", complaintId)
                .append("officerId", officerId)
                .append("reason", reason)
                .append("revealedAt", Date.from(at)));
        return entry;
    }

    /** Walks the whole chain of reveals: whether it holds and where it breaks. */
    public ChainVerification verify() {
        return chain.verify();
    }

    public List<Entry> latest(int limit) {
        List<Entry> found = new ArrayList<>();
        for (Document d : entries.find().sort(Sorts.descending("revealedAt")).limit(limit)) {
            found.add(new Entry(d.getString("_id"), d.getString("complaintId"), d.getString("officerId"),
                    d.getString("reason"), d.getDate("revealedAt").toInstant().atZone(BangkokTime.ZONE).toOffsetDateTime()));
        }
        return found;
    }

    /** One reveal: the audit trail an auditor reads. */
    public record Entry(String entryId, String complaintId, String officerId, String reason, OffsetDateTime revealedAt) {
    }
}
