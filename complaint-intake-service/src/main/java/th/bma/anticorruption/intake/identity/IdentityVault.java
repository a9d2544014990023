package th.bma.anticorruption.intake.identity;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.Sealer;

/**
 * The sealed particulars of each complaint, in their own collection ({@value #COLLECTION}) apart from the
 * complaint, keyed by complaintId, encrypted with the identity keyset. Sealing is idempotent: the first
 * seal of a complaint stays, so a re-pushed record cannot overwrite it.
 */
public class IdentityVault {

    public static final String COLLECTION = "sealedIdentities";

    private final MongoCollection<Document> sealed;
    private final Sealer sealer;
    private final JsonMapper json;
    private final Clock clock;

    public IdentityVault(MongoTemplate mongo, Sealer sealer, JsonMapper json, Clock clock) {
        this.sealed = mongo.getCollection(COLLECTION);
        this.sealer = sealer;
        this.json = json;
        this.clock = clock;
    }

    public void seal(String complaintId, SealedParticulars particulars) {
        byte[] ciphertext = sealer.seal(json.writeValueAsBytes(particulars), context(complaintId));
        try {
            sealed.updateOne(Filters.eq("_id", complaintId),
                    Updates.combine(Updates.setOnInsert("sealed", new Binary(ciphertext)),
                            Updates.setOnInsert("sealedAt", Date.from(clock.instant()))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // Two identical pushes raced to insert: the other one sealed it.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Seals many complaints' particulars in one round trip; ones already sealed keep their first seal. */
    public void sealAll(java.util.Map<String, SealedParticulars> byComplaintId) {
        java.util.List<Document> documents = new java.util.ArrayList<>();
        byComplaintId.forEach((complaintId, particulars) -> documents.add(sealedOf(complaintId, particulars)));
        storeAll(documents);
    }

    /**
     * One complaint's particulars sealed, ready for {@link #storeAll}: the encryption without the write, so a request
     * seals on its own thread and its batch stores many in one round trip.
     */
    public Document sealedOf(String complaintId, SealedParticulars particulars) {
        return new Document("_id", complaintId)
                .append("sealed", new Binary(sealer.seal(json.writeValueAsBytes(particulars), context(complaintId))))
                .append("sealedAt", Date.from(clock.instant()));
    }

    /** Stores sealed particulars in one round trip; ones already sealed keep their first seal. */
    public void storeAll(java.util.List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            sealed.insertMany(documents, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        } catch (com.mongodb.MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    public boolean exists(String complaintId) {
        return sealed.countDocuments(Filters.eq("_id", complaintId)) > 0;
    }

    public Optional<SealedParticulars> open(String complaintId) {
        Document document = sealed.find(Filters.eq("_id", complaintId)).first();
        if (document == null) {
            return Optional.empty();
        }
        byte[] plaintext = sealer.open(document.get("sealed", Binary.class).getData(), context(complaintId));
        return Optional.of(json.readValue(plaintext, SealedParticulars.class));
    }

    private static String context(String complaintId) {
        return SealedFields.IDENTITY.of(complaintId);
    }
}
