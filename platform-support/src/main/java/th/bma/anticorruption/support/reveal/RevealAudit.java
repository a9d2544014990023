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
 * The append-only record of every reveal in a service: who, when, why (masked), which complaint and, for officers'
 * sealed texts, which case or decision (the subject; none for a complainant's identity). Only inserts and reads, as a
 * hash chain ({@link HashChain}): an entry changed, removed or slipped in in the database shows where it was done.
 * Officers' texts are recorded in {@value #COLLECTION}; intake records identity reveals in a collection of its own.
 */
public class RevealAudit {

    public static final String COLLECTION = "officersTextsRevealAudit";

    private final MongoCollection<Document> entries;
    private final HashChain chain;

    public RevealAudit(MongoCollection<Document> entries) {
        this.entries = entries;
        this.chain = new HashChain(entries);
    }

    /** Records one reveal; {@code subjectId} may be null (a reveal of the complaint itself). */
    public Entry append(String complaintId, String subjectId, String officerId, String reason, Instant at) {
        Entry entry = new Entry(UUID.randomUUID().toString(), complaintId, subjectId, officerId, reason,
                at.atZone(BangkokTime.ZONE).toOffsetDateTime());
        Document fields = new Document("_id", entry.entryId()).append("complaintId", complaintId);
        if (subjectId != null) {
            fields.append("subjectId", subjectId);
        }
        chain.append(fields
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
