package th.bma.anticorruption.support.reveal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;
import th.bma.anticorruption.support.time.BangkokTime;

/**
 * The append-only record of every reveal of officers' sealed texts in a service ({@value #COLLECTION}): who, when,
 * why (masked), which complaint and case. Only inserts and reads, as a hash chain ({@link HashChain}): an entry
 * changed, removed or slipped in in the database shows where it was done.
 */
public class OfficersTextsRevealAudit {

    public static final String COLLECTION = "officersTextsRevealAudit";

    private final MongoCollection<Document> entries;
    private final HashChain chain;

    public OfficersTextsRevealAudit(MongoCollection<Document> entries) {
        this.entries = entries;
        this.chain = new HashChain(entries);
    }

    public Entry append(String complaintId, String subjectId, String officerId, String reason, Instant at) {
        Entry entry = new Entry(UUID.randomUUID().toString(), complaintId, subjectId, officerId, reason,
                at.atZone(BangkokTime.ZONE).toOffsetDateTime());
        chain.append(new Document("_id", entry.entryId())
                .append("complaintId", complaintId)
                .append("subjectId", subjectId)
                .append("officerId", officerId)
                .append("reason", reason)
                .append("revealedAt", Date.from(at)));
        return entry;
    }

    /** Walks the chain: whether it holds, its head, and where it was broken. */
    public ChainVerification verify() {
        return chain.verify();
    }

    public List<Entry> latest(int limit) {
        List<Entry> found = new ArrayList<>();
        for (Document d : entries.find().sort(Sorts.descending("revealedAt")).limit(limit)) {
            found.add(new Entry(d.getString("_id"), d.getString("complaintId"), d.getString("subjectId"),
                    d.getString("officerId"), d.getString("reason"),
                    d.getDate("revealedAt").toInstant().atZone(BangkokTime.ZONE).toOffsetDateTime()));
        }
        return found;
    }

    /** One reveal, as the auditors read it. */
    public record Entry(String entryId, String complaintId, String subjectId, String officerId, String reason,
            OffsetDateTime revealedAt) {
    }
}
