package th.bma.anticorruption.support.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import th.bma.anticorruption.support.audit.ChainVerification.Problem;
import th.bma.anticorruption.testkit.InMemoryMongo;

/** The chain on the embedded MongoDB: appends link, tampering is found where it was done, writers never fork it. */
class HashChainTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoCollection<Document> trail;

    @BeforeEach
    void freshTrail() {
        trail = MONGO.database("audit").getCollection("trail-" + System.nanoTime());
    }

    @Test
    void everyEntryNamesTheHashOfTheOneBeforeAndTheChainHolds() {
        HashChain chain = new HashChain(trail);
        Document first = chain.append(entry(1));
        Document second = chain.append(entry(2));

        assertThat(first.getLong(HashChain.SEQUENCE)).isEqualTo(1);
        assertThat(first.getString(HashChain.PREVIOUS)).isEqualTo("0".repeat(64));
        assertThat(second.getLong(HashChain.SEQUENCE)).isEqualTo(2);
        assertThat(second.getString(HashChain.PREVIOUS)).isEqualTo(first.getString(HashChain.HASH));
        assertThat(second.getString(HashChain.HASH)).isEqualTo(CanonicalForm.sha256(
                trail.find(Filters.eq("_id", second.get("_id"))).first(), HashChain.HASH));

        ChainVerification verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(2);
        assertThat(verification.head()).isEqualTo(new ChainVerification.Head(2, second.getString(HashChain.HASH)));
        assertThat(verification.breaks()).isEmpty();
    }

    @Test
    void entriesAppendedTogetherAreLinkedInOrderAfterWhatAnotherWriterAppended() {
        HashChain batches = new HashChain(trail);
        List<Document> first = batches.appendAll(List.of(entry(1), entry(2), entry(3)));
        // another instance appends meanwhile: this one's head is stale and its next batch must link after it
        Document foreign = new HashChain(trail).append(entry(4));
        List<Document> second = batches.appendAll(List.of(entry(5), entry(6)));

        assertThat(first).extracting(d -> d.getLong(HashChain.SEQUENCE)).containsExactly(1L, 2L, 3L);
        assertThat(first.get(1).getString(HashChain.PREVIOUS)).isEqualTo(first.get(0).getString(HashChain.HASH));
        assertThat(foreign.getLong(HashChain.SEQUENCE)).isEqualTo(4);
        assertThat(second).extracting(d -> d.getLong(HashChain.SEQUENCE)).containsExactly(5L, 6L);
        assertThat(second.get(0).getString(HashChain.PREVIOUS)).isEqualTo(foreign.getString(HashChain.HASH));
        assertThat(second).extracting(d -> d.getString("caseId")).containsExactly("CASE-5", "CASE-6");
        ChainVerification verification = batches.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(6);
    }

    @Test
    void anEntryChangedInTheDatabaseIsFoundAtItsPlace() {
        HashChain chain = new HashChain(trail);
        List<Document> written = appendMany(chain, 6);

        trail.updateOne(Filters.eq("_id", written.get(3).get("_id")), Updates.set("actor", "somebody-else"));

        ChainVerification verification = new HashChain(trail).verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.breaks()).containsExactly(
                new ChainVerification.Break(4, written.get(3).getString("_id"), Problem.ENTRY_ALTERED));
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        HashChain chain = new HashChain(trail);
        List<Document> written = appendMany(chain, 5);
        Document forged = trail.find(Filters.eq(HashChain.SEQUENCE, 2L)).first();
        forged.put("detail", "nothing happened");
        forged.put(HashChain.HASH, CanonicalForm.sha256(forged, HashChain.HASH));
        trail.replaceOne(Filters.eq("_id", forged.get("_id")), forged);

        assertThat(chain.verify().breaks()).containsExactly(
                new ChainVerification.Break(3, written.get(2).getString("_id"), Problem.LINK_BROKEN));
    }

    @Test
    void aRemovedEntryIsFoundAsTheFirstMissingPlace() {
        HashChain chain = new HashChain(trail);
        List<Document> written = appendMany(chain, 5);

        trail.deleteOne(Filters.eq("_id", written.get(1).get("_id")));

        ChainVerification verification = chain.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.entries()).isEqualTo(4);
        assertThat(verification.breaks()).containsExactly(new ChainVerification.Break(2, null, Problem.ENTRY_MISSING));
    }

    @Test
    void anEntryWrittenBesideTheChainIsReported() {
        HashChain chain = new HashChain(trail);
        appendMany(chain, 2);
        trail.insertOne(entry(99).append("_id", "slipped-in"));

        ChainVerification verification = chain.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.notChained()).isEqualTo(1);
        assertThat(verification.breaks()).containsExactly(new ChainVerification.Break(0, null, Problem.NOT_IN_CHAIN));
    }

    @Test
    void twoInstancesWritingAtOnceKeepOneChain() throws Exception {
        // two service instances: each its own chain object over the same collection, each with several threads
        HashChain one = new HashChain(trail);
        HashChain other = new HashChain(trail);
        List<Callable<Document>> appends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            HashChain writer = i % 2 == 0 ? one : other;
            int n = i;
            appends.add(() -> writer.append(entry(n)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Document> appended : threads.invokeAll(appends)) {
                appended.get();
            }
        } finally {
            threads.shutdownNow();
        }

        ChainVerification verification = one.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(200);
        assertThat(verification.head().sequence()).isEqualTo(200);
        List<Long> sequences = new ArrayList<>();
        trail.find().sort(Sorts.ascending(HashChain.SEQUENCE)).forEach(d -> sequences.add(d.getLong(HashChain.SEQUENCE)));
        assertThat(sequences).hasSize(200).doesNotHaveDuplicates().startsWith(1L).endsWith(200L);
    }

    @Test
    void anInstanceThatMissedAnotherInstancesAppendsContinuesFromTheRealHead() {
        HashChain one = new HashChain(trail);
        HashChain other = new HashChain(trail);
        one.append(entry(1));
        other.append(entry(2));
        one.append(entry(3));

        assertThat(one.verify().intact()).isTrue();
        assertThat(one.verify().head().sequence()).isEqualTo(3);
    }

    @Test
    void anEntryIdUsedTwiceIsRefusedNotRetried() {
        HashChain chain = new HashChain(trail);
        chain.append(entry(1).append("_id", "same"));

        assertThatThrownBy(() -> chain.append(entry(2).append("_id", "same"))).isInstanceOf(MongoWriteException.class);
        assertThat(chain.verify().intact()).isTrue();
        assertThat(chain.append(entry(3)).getLong(HashChain.SEQUENCE)).isEqualTo(2);
    }

    private static List<Document> appendMany(HashChain chain, int count) {
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.add(chain.append(entry(i)));
        }
        return written;
    }

    private static Document entry(int n) {
        return new Document("caseId", "CASE-" + n).append("actor", "officer-" + n)
                .append("at", Date.from(Instant.parse("2026-08-20T03:00:00Z").plusSeconds(n)))
                .append("detail", n % 2 == 0 ? null : "with note");
    }
}
