package th.bma.anticorruption.support.sealing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.Binary;

import com.google.crypto.tink.KeysetHandle;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The sealed values of the platform's stores ({@link SealedFields}), seen by the key that sealed each: a census of how
 * many values every key still seals, and re-sealing under the keyset's primary key after a rotation. Re-sealing opens
 * each value not yet under the primary with its own context and seals it again with the same context; the write
 * replaces the ciphertext only if the document still holds the one that was read, so a value changed or deleted
 * meanwhile is left to its writer. Values already under the primary are skipped: a second run, or a run after a crash,
 * does only what is left. Only counts come out, never a value.
 */
public class SealedRecords {

    private static final int BATCH = 500;

    private final Function<String, MongoDatabase> databases;
    private final List<SealedField> fields;
    private final Sealer sealer;

    /** {@code databases} gives the database of each name the fields name (e.g. {@code client::getDatabase}). */
    public SealedRecords(Function<String, MongoDatabase> databases, List<SealedField> fields, Sealer sealer) {
        this.databases = databases;
        this.fields = List.copyOf(fields);
        this.sealer = sealer;
    }

    /**
     * Every sealed field of the platform ({@link SealedFields#ALL}), opened with every key of the keyset, disabled ones
     * included ({@link IdentityKeyset#openingEveryKey}), and re-sealed under its primary.
     */
    public static SealedRecords everyField(Function<String, MongoDatabase> databases, KeysetHandle keyset) {
        return new SealedRecords(databases, SealedFields.ALL, new Sealer(IdentityKeyset.openingEveryKey(keyset)));
    }

    /** How many values each key seals, field by field. */
    public Census census() {
        List<FieldCensus> counted = new ArrayList<>();
        for (SealedField field : fields) {
            Map<Integer, Long> byKey = new TreeMap<>();
            long unrecognised = 0;
            for (Document d : collection(field).find(Filters.exists(field.field()))
                    .projection(Projections.include(field.field()))) {
                OptionalInt key = Sealer.keyIdOf(ciphertext(d, field));
                if (key.isPresent()) {
                    byKey.merge(key.getAsInt(), 1L, Long::sum);
                } else {
                    unrecognised++;
                }
            }
            counted.add(new FieldCensus(field, byKey, unrecognised));
        }
        return new Census(counted);
    }

    /** Re-seals every value not under the primary key; field by field, what was done. */
    public List<Resealed> reseal() {
        List<Resealed> done = new ArrayList<>();
        for (SealedField field : fields) {
            done.add(reseal(field));
        }
        return done;
    }

    private Resealed reseal(SealedField field) {
        MongoCollection<Document> collection = collection(field);
        Set<String> read = new LinkedHashSet<>(field.context().fields());
        read.add(field.field());
        Tally tally = new Tally();
        List<WriteModel<Document>> batch = new ArrayList<>();
        for (Document d : collection.find(Filters.exists(field.field())).projection(Projections.include(List.copyOf(read)))) {
            tally.examined++;
            byte[] current = ciphertext(d, field);
            OptionalInt key = Sealer.keyIdOf(current);
            if (key.isPresent() && key.getAsInt() == sealer.primaryKeyId()) {
                tally.alreadyUnderPrimary++;
                continue;
            }
            byte[] resealed;
            try {
                resealed = resealedValue(current, field.context().of(d));
            } catch (IllegalStateException e) {
                tally.unreadable++;
                continue;
            }
            batch.add(new UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", d.get("_id")), Filters.eq(field.field(), new Binary(current))),
                    Updates.set(field.field(), new Binary(resealed))));
            if (batch.size() == BATCH) {
                write(collection, batch, tally);
            }
        }
        write(collection, batch, tally);
        return new Resealed(field, tally.examined, tally.resealed, tally.alreadyUnderPrimary, tally.changedMeanwhile,
                tally.unreadable);
    }

    private byte[] resealedValue(byte[] current, String context) {
        if (current == null) {
            throw new IllegalStateException("not a sealed value");
        }
        byte[] plaintext = sealer.open(current, context);
        try {
            return sealer.seal(plaintext, context);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static void write(MongoCollection<Document> collection, List<WriteModel<Document>> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        BulkWriteResult result = collection.bulkWrite(batch, new BulkWriteOptions().ordered(false));
        tally.resealed += result.getMatchedCount();
        tally.changedMeanwhile += batch.size() - result.getMatchedCount();
        batch.clear();
    }

    private MongoCollection<Document> collection(SealedField field) {
        return databases.apply(field.database()).getCollection(field.collection());
    }

    private static byte[] ciphertext(Document d, SealedField field) {
        Object value = d.get(field.field());
        return value instanceof Binary binary ? binary.getData() : null;
    }

    private static final class Tally {
        long examined;
        long resealed;
        long alreadyUnderPrimary;
        long changedMeanwhile;
        long unreadable;
    }

    /** What re-sealing did in one field. */
    public record Resealed(SealedField field, long examined, long resealed, long alreadyUnderPrimary,
            long changedMeanwhile, long unreadable) {
    }

    /**
     * How many values of one field each key seals ({@code byKey}, by key id), and how many carry no key id at all
     * ({@code unrecognised}: not a Tink ciphertext of this keyset's kind).
     */
    public record FieldCensus(SealedField field, Map<Integer, Long> byKey, long unrecognised) {

        public FieldCensus {
            byKey = Collections.unmodifiableMap(new TreeMap<>(byKey));
        }

        public long under(int keyId) {
            return byKey.getOrDefault(keyId, 0L);
        }
    }

    /** The census of every field. */
    public record Census(List<FieldCensus> fields) {

        public Census {
            fields = List.copyOf(fields);
        }

        /** How many values, in all fields, the key seals. */
        public long under(int keyId) {
            return fields.stream().mapToLong(f -> f.under(keyId)).sum();
        }

        /** The fields that still hold values sealed by the key. */
        public List<FieldCensus> holding(int keyId) {
            return fields.stream().filter(f -> f.under(keyId) > 0).toList();
        }
    }
}
