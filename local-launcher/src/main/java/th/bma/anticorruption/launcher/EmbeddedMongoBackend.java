package th.bma.anticorruption.launcher;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend as the local run needs it, with three changes:
 * <ul>
 * <li><b>Group commit before the answer.</b> MVStore commits in the background about once a second, so a process
 * killed in between would lose writes its clients already saw acknowledged. A command that changed the store is
 * answered only once a commit made after its change has finished: an acknowledged write is in the file (the operating
 * system's cache) even if this JVM is killed with -9. Commands that finish while a commit runs wait for it and share
 * the next one, so under load one commit covers many writes instead of one commit per command. A command that only
 * reads ({@link #readsOnly}) is answered at once, without waiting for a commit of other clients' writes: it may see a
 * write whose own answer still waits for its commit, as MongoDB's default read concern ({@code local}) may.</li>
 * <li><b>Index keys compared by value</b> ({@link ValueOrderedIndex}), not by their Java serialisation.</li>
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

    // H2Database's map names (package-private there): the data, the metadata and the indexes of a collection.
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String INDEX_MAP_INFIX = "._index_";
    private static final String ID = "_id";
    private static final Set<String> READ_COMMANDS = Set.of("find", "getMore", "count", "distinct", "killCursors",
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "endSessions", "dbStats", "collStats", "serverStatus", "getParameter", "whatsmyuri",
            "connectionStatus");

    private final LongAdder fullScans = new LongAdder();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final Object committing = new Object();
    private volatile boolean commitRunning;
    private long committedUpTo;

    EmbeddedMongoBackend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // Unsaved changes, or a commit under way that may hold this command's change without having finished.
            if (!readsOnly(command, query) && (getMvStore().hasUnsavedChanges() || commitRunning)) {
                commitCovering(changes.incrementAndGet());
            }
        }
    }

    /**
     * Whether a command cannot change the store: queries, cursors, counts, listings and handshakes, and an aggregation
     * without {@code $out} or {@code $merge}. Any other command, known or not, is treated as a write.
     */
    static boolean readsOnly(String command, Document query) {
        if ("aggregate".equals(command)) {
            return query != null && query.get("pipeline") instanceof List<?> stages && stages.stream()
                    .noneMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return READ_COMMANDS.contains(command);
    }

    /** Returns once a commit that began after {@code change} was counted has finished. */
    private void commitCovering(long change) {
        synchronized (committing) {
            if (committedUpTo >= change) {
                return;
            }
            long upTo = changes.get();
            commitRunning = true;
            try {
                if (getMvStore().hasUnsavedChanges()) {
                    commit();
                    commits.incrementAndGet();
                }
            } finally {
                commitRunning = false;
            }
            committedUpTo = upTo;
        }
    }

    /** Commits made before answering a command, since start (for tests and diagnosis). */
    long commits() {
        return commits.get();
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
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            String mapName = getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName;
            return new ValueOrderedIndex(ValueOrderedIndex.openMap(getMvStore(), mapName), indexName, keys, sparse);
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
