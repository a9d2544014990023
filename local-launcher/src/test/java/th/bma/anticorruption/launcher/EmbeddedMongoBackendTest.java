package th.bma.anticorruption.launcher;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The local run's MongoDB answers the services' guarded writes ({@code _id} plus a condition) exactly as before,
 * through the {@code _id} index instead of a scan of the whole collection, and keeps its data across a restart.
 */
class EmbeddedMongoBackendTest {

    @TempDir
    Path dataDir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private EmbeddedMongoBackend backend;

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void aGuardedUpsertUsesTheIdIndexAndKeepsItsMeaning() {
        MongoCollection<Document> snapshots = start(dataDir.resolve("a.mv")).getDatabase("statistics")
                .getCollection("complaints");
        for (int i = 0; i < 300; i++) {
            snapshots.insertOne(new Document("_id", "C" + i).append("caseVersion", 1L).append("month", "2023-04"));
        }
        long scansBefore = backend.fullScans();

        // Newer version: the guarded upsert updates the stored document and returns its former state.
        Document before = snapshots.findOneAndUpdate(and(eq("_id", "C7"), lt("caseVersion", 3L)),
                Updates.combine(Updates.set("caseVersion", 3L), Updates.set("month", "2023-05")),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        assertThat(before).isNotNull();
        assertThat(before.getString("month")).isEqualTo("2023-04");
        assertThat(snapshots.find(eq("_id", "C7")).first()).containsEntry("caseVersion", 3L);

        // Older or equal version: the filter misses, the upsert's insert collides with _id: nothing changes.
        assertThatThrownBy(() -> snapshots.updateOne(and(eq("_id", "C7"), lt("caseVersion", 2L)),
                Updates.set("month", "2022-01"), new UpdateOptions().upsert(true)))
                .isInstanceOfAny(MongoWriteException.class, MongoCommandException.class)
                .satisfies(e -> assertThat(ErrorCategory.fromErrorCode(code(e))).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(snapshots.find(eq("_id", "C7")).first()).containsEntry("month", "2023-05");

        // A complaint seen for the first time: the upsert inserts it.
        snapshots.updateOne(and(eq("_id", "NEW"), lt("caseVersion", 1L)), Updates.set("caseVersion", 1L),
                new UpdateOptions().upsert(true));
        assertThat(snapshots.find(eq("_id", "NEW")).first()).containsEntry("caseVersion", 1L);

        // Optimistic concurrency as Spring Data writes it: {_id, revision} in one document, no $and.
        assertThat(snapshots.replaceOne(new Document("_id", "C8").append("caseVersion", 9L),
                new Document("caseVersion", 10L)).getMatchedCount()).isZero();
        assertThat(snapshots.replaceOne(new Document("_id", "C8").append("caseVersion", 1L),
                new Document("caseVersion", 2L)).getMatchedCount()).isEqualTo(1);
        assertThat(snapshots.find(eq("_id", "C8")).first()).containsEntry("caseVersion", 2L);

        // $in on _id with a condition selects exactly the matching documents.
        List<String> found = new ArrayList<>();
        snapshots.find(and(in("_id", List.of("C1", "C7", "C8", "NONE")), eq("caseVersion", 3L)))
                .forEach(d -> found.add(d.getString("_id")));
        assertThat(found).containsExactly("C7");

        assertThat(backend.fullScans()).as("collection scans for filters that pin _id").isEqualTo(scansBefore);

        // A filter without _id still reads the whole collection (and is counted as such).
        assertThat(snapshots.countDocuments(eq("month", "2023-04"))).isEqualTo(298);
        assertThat(backend.fullScans()).isGreaterThan(scansBefore);
    }

    @Test
    void dataWrittenBeforeARestartIsReadAndGuardedAfterIt() throws Exception {
        Path file = dataDir.resolve("b.mv");
        start(file).getDatabase("cases").getCollection("cases")
                .insertOne(new Document("_id", "CASE-1").append("revision", 4L));
        close();
        open.clear();

        MongoCollection<Document> cases = start(file).getDatabase("cases").getCollection("cases");
        long scansBefore = backend.fullScans();
        assertThat(cases.replaceOne(new Document("_id", "CASE-1").append("revision", 4L), new Document("revision", 5L))
                .getMatchedCount()).isEqualTo(1);
        assertThat(cases.find(eq("_id", "CASE-1")).first()).containsEntry("revision", 5L);
        assertThat(backend.fullScans()).isEqualTo(scansBefore);
    }

    @Test
    void writesAcknowledgedToConcurrentClientsAreInTheFileAndShareCommits() throws Exception {
        Path file = dataDir.resolve("c.mv");
        MongoClient client = start(file);
        MongoCollection<Document> records = client.getDatabase("intake").getCollection("records");
        int threads = 8;
        int each = 40;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        records.insertOne(new Document("_id", writer + "-" + i).append("writer", writer));
                    }
                }));
            }
            for (var writing : writers) {
                writing.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(backend.commits()).as("commits made before answering").isBetween(1L, (long) threads * each);

        // What the file holds now is what a kill -9 would leave: open a copy of it while the node still runs.
        Path copy = dataDir.resolve("copy.mv");
        java.nio.file.Files.copy(file, copy);
        assertThat(start(copy).getDatabase("intake").getCollection("records").countDocuments())
                .isEqualTo((long) threads * each);
    }

    @Test
    void readsAreAnsweredWithoutWaitingForACommitAndWritesStillCommitFirst() {
        MongoCollection<Document> cases = start(dataDir.resolve("r.mv")).getDatabase("cases").getCollection("cases");
        cases.insertOne(new Document("_id", "C1").append("state", "OPEN"));
        long afterInsert = backend.commits();
        assertThat(afterInsert).as("the insert was answered after a commit").isPositive();

        // Another client's change not yet committed (written to the store directly, as a write in progress is).
        backend.getMvStore().openMap("pending").put("k", "v");
        assertThat(backend.getMvStore().hasUnsavedChanges()).isTrue();

        assertThat(cases.find(eq("_id", "C1")).first()).containsEntry("state", "OPEN");
        assertThat(cases.countDocuments()).isEqualTo(1L);
        assertThat(cases.aggregate(List.of(new Document("$match", new Document("state", "OPEN")))).into(new ArrayList<>()))
                .hasSize(1);
        assertThat(backend.commits()).as("reads made no commit").isEqualTo(afterInsert);
        assertThat(backend.getMvStore().hasUnsavedChanges()).isTrue();

        cases.updateOne(eq("_id", "C1"), Updates.set("state", "FORWARDED"));
        assertThat(backend.commits()).as("a write commits before its answer").isEqualTo(afterInsert + 1);
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
    }

    @Test
    void onlyCommandsThatCannotChangeTheStoreCountAsReads() {
        assertThat(EmbeddedMongoBackend.readsOnly("find", command())).isTrue();
        assertThat(EmbeddedMongoBackend.readsOnly("getMore", command())).isTrue();
        assertThat(EmbeddedMongoBackend.readsOnly("aggregate", pipeline("$match", command()))).isTrue();
        assertThat(EmbeddedMongoBackend.readsOnly("aggregate", pipeline("$out", "copy"))).isFalse();
        assertThat(EmbeddedMongoBackend.readsOnly("aggregate", pipeline("$merge", "copy"))).isFalse();
        for (String write : List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop",
                "dropDatabase", "renameCollection", "someFutureCommand")) {
            assertThat(EmbeddedMongoBackend.readsOnly(write, command())).as(write).isFalse();
        }
    }

    private static de.bwaldvogel.mongo.bson.Document command() {
        return new de.bwaldvogel.mongo.bson.Document();
    }

    private static de.bwaldvogel.mongo.bson.Document pipeline(String stage, Object argument) {
        return new de.bwaldvogel.mongo.bson.Document("pipeline",
                List.of(new de.bwaldvogel.mongo.bson.Document(stage, argument)));
    }

    @Test
    void aUniqueIndexWrittenInTheLibrarysOrderIsReorderedOnceAndStillFindsAndGuards() throws Exception {
        Path file = dataDir.resolve("d.mv");
        MVStore plain = new MVStore.Builder().fileName(file.toString()).open();
        de.bwaldvogel.mongo.backend.h2.H2Backend library = new de.bwaldvogel.mongo.backend.h2.H2Backend(plain);
        MongoServer libraryServer = new MongoServer(library);
        InetSocketAddress address = libraryServer.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> cases = client.getDatabase("cases").getCollection("cases");
            cases.createIndex(new Document("complaintId", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                cases.insertOne(new Document("_id", "CASE-" + i).append("complaintId", "CMP-" + i));
            }
        } finally {
            libraryServer.shutdownNow();
            library.close();
        }

        MongoCollection<Document> cases = start(file).getDatabase("cases").getCollection("cases");
        long scansBefore = backend.fullScans();
        for (int i = 0; i < 500; i += 37) {
            assertThat(cases.find(eq("complaintId", "CMP-" + i)).first()).containsEntry("_id", "CASE-" + i);
            assertThat(cases.find(eq("_id", "CASE-" + i)).first()).containsEntry("complaintId", "CMP-" + i);
        }
        assertThat(backend.fullScans()).as("lookups answered from the reordered indexes").isEqualTo(scansBefore);
        assertThatThrownBy(() -> cases.insertOne(new Document("_id", "CASE-X").append("complaintId", "CMP-250")))
                .isInstanceOf(MongoWriteException.class)
                .satisfies(e -> assertThat(ErrorCategory.fromErrorCode(code(e))).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        cases.insertOne(new Document("_id", "CASE-500").append("complaintId", "CMP-500"));
        assertThat(cases.countDocuments()).isEqualTo(501);
        assertThat(backend.getMvStore().openMap(ValueOrderedIndex.ORDERED_MAPS).keySet())
                .contains("cases.cases._index_complaintId_1", "cases.cases._index__id_");
    }

    @Test
    void indexKeysAreComparedByValueAsMongoDbComparesThem() {
        ValueOrderedIndex.KeyType keys = new ValueOrderedIndex.KeyType();
        var one = new de.bwaldvogel.mongo.backend.KeyValue(1);
        assertThat(keys.compare(one, new de.bwaldvogel.mongo.backend.KeyValue(1.0))).isZero();
        assertThat(keys.compare(one, new de.bwaldvogel.mongo.backend.KeyValue(2L))).isNegative();
        assertThat(keys.compare(new de.bwaldvogel.mongo.backend.KeyValue("b", 1),
                new de.bwaldvogel.mongo.backend.KeyValue("a", 9))).isPositive();
        assertThat(keys.compare(new de.bwaldvogel.mongo.backend.KeyValue(99),
                new de.bwaldvogel.mongo.backend.KeyValue("1"))).as("numbers before strings").isNegative();
    }

    private MongoClient start(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        backend = new EmbeddedMongoBackend(store);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        open.add(() -> {
            server.shutdownNow();
            backend.close();
        });
        MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort());
        open.add(client);
        return client;
    }

    private static int code(Throwable e) {
        return e instanceof MongoCommandException command ? command.getErrorCode()
                : ((MongoWriteException) e).getError().getCode();
    }
}
