package th.bma.anticorruption.launcher;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend as the local run needs it, with two changes:
 * <ul>
 * <li><b>Commit on write.</b> MVStore commits in the background about once a second, so a process killed in between
 * would lose writes its clients already saw acknowledged. Committing before answering any command that changed the
 * store closes that window: an acknowledged write is in the file (the operating system's cache) even if this JVM is
 * killed with -9.</li>
 * <li><b>The {@code _id} index for guarded writes.</b> mongo-java-server uses an index only when the filter names
 * exactly the index's fields, so a filter that pins {@code _id} and adds a condition - the services' guarded writes:
 * statistics' {@code {_id, caseVersion: {$lt: v}}}, case tracking's optimistic {@code {_id, revision}} - scanned the
 * whole collection on every write, which grows with every complaint (a backfill of 1.5 million Traffy tickets makes
 * each case update read every case). Here such a filter reads the documents the {@code _id} index gives for its
 * {@code _id} part (one value, or {@code $in}; at the top or as a term of {@code $and}) and matches the whole filter
 * on them, which selects exactly the same documents.</li>
 * </ul>
 */
final class EmbeddedMongoBackend extends H2Backend {

    // H2Database's map names (package-private there): the data and the metadata of a collection.
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String ID = "_id";

    private final LongAdder fullScans = new LongAdder();

    EmbeddedMongoBackend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** Queries answered by reading every document of a collection, since start (for tests and diagnosis). */
    long fullScans() {
        return fullScans.sum();
    }

    /**
     * The {@code _id} condition of a filter that has others besides: {@code {_id: v, other: ...}} (Spring Data) or
     * {@code {$and: [{_id: v}, ...]}} (the driver's {@code Filters.and}); null for any other filter, which the
     * library plans as before.
     */
    static Document idPart(Document query) {
        if (query == null) {
            return null;
        }
        if (query.size() > 1 && query.containsKey(ID)) {
            return new Document(ID, query.get(ID));
        }
        if (query.size() == 1 && query.get("$and") instanceof List<?> terms && terms.size() > 1) {
            for (Object term : terms) {
                if (term instanceof Document condition && condition.size() == 1 && condition.containsKey(ID)) {
                    return condition;
                }
            }
        }
        return null;
    }

    /** An inner class: H2Database's constructor opens the existing collections before a subclass field is set. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_MAP_PREFIX + fullName);
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + fullName);
            return new Collection(this, collectionName, options, data, meta);
        }
    }

    private final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> data, MVMap<String, Object> meta) {
            super(database, collectionName, options, data, meta, getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Document idPart = idPart(query);
            if (idPart != null) {
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(idPart)) {
                        return matchDocuments(query, index.getPositions(idPart), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            if (fullScans != null) { // null while H2Backend's constructor opens the existing databases
                fullScans.increment();
            }
            return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
