package th.bma.anticorruption.support.sealing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import th.bma.anticorruption.support.privacy.FreeTextMasker;

/**
 * The originals of officers' free texts (reasons, notes) whose masked copy is what the service stores and publishes.
 * {@link #mask} masks a text and, when masking changed it, seals the original in its own collection
 * ({@value #COLLECTION}) under the complaint or case it belongs to, before the masked copy goes anywhere: nothing is
 * lost, and only the confidentiality officer's audited reveal opens it. A text with nothing to mask is not sealed: its
 * stored copy is the original.
 */
public class SealedTexts {

    public static final String COLLECTION = "sealedTexts";

    private final MongoCollection<Document> sealed;
    private final Sealer sealer;
    private final Clock clock;

    public SealedTexts(MongoCollection<Document> sealed, Sealer sealer, Clock clock) {
        this.sealed = sealed;
        this.sealer = sealer;
        this.clock = clock;
        sealed.createIndex(Indexes.ascending("subjectId", "writtenAt"));
    }

    /**
     * The masked text to store and publish; the original sealed under {@code subjectId} if masking changed it.
     * {@code field} says which text it is (e.g. {@code reroute.reason}); null stays null.
     */
    public String mask(String subjectId, String field, String writtenBy, String text) {
        return maskOnce(UUID.randomUUID().toString(), subjectId, field, writtenBy, text);
    }

    /**
     * The same for a text that may arrive again (a re-pushed channel record): {@code textId} derived from the record
     * makes the second seal a no-op.
     */
    public String maskOnce(String textId, String subjectId, String field, String writtenBy, String text) {
        String masked = FreeTextMasker.mask(text);
        if (FreeTextMasker.masksSomething(text, masked)) {
            seal(textId, subjectId, field, writtenBy, text);
        }
        return masked;
    }

    private void seal(String id, String subjectId, String field, String writtenBy, String text) {
        try {
            sealed.insertOne(new Document("_id", id)
                    .append("subjectId", subjectId)
                    .append("field", field)
                    .append("writtenBy", writtenBy)
                    .append("writtenAt", Date.from(clock.instant()))
                    .append("sealed", new Binary(sealer.seal(text.getBytes(StandardCharsets.UTF_8), context(subjectId, id)))));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Deletes the sealed originals of one kind of text ({@code field}) of the complaint or case, when retention ends
     * what they belong to; returns how many went.
     */
    public long forget(String subjectId, String field) {
        return sealed.deleteMany(Filters.and(Filters.eq("subjectId", subjectId), Filters.eq("field", field)))
                .getDeletedCount();
    }

    public boolean any(String subjectId) {
        return sealed.countDocuments(Filters.eq("subjectId", subjectId)) > 0;
    }

    /** Every sealed original of the complaint or case, oldest first. Only an audited reveal may call this. */
    public List<OpenedText> open(String subjectId) {
        List<OpenedText> opened = new ArrayList<>();
        for (Document d : sealed.find(Filters.eq("subjectId", subjectId)).sort(Sorts.ascending("writtenAt"))) {
            byte[] original = sealer.open(d.get("sealed", Binary.class).getData(), context(subjectId, d.getString("_id")));
            opened.add(new OpenedText(d.getString("field"), d.getString("writtenBy"),
                    d.getDate("writtenAt").toInstant(), new String(original, StandardCharsets.UTF_8)));
        }
        return opened;
    }

    private static String context(String subjectId, String id) {
        return SealedFields.TEXT.of(subjectId, id);
    }

    /** One original as its officer wrote it. */
    public record OpenedText(String field, String writtenBy, java.time.Instant writtenAt, String original) {

        @Override
        public String toString() {
            return "OpenedText[" + field + ", sealed]";
        }
    }
}
