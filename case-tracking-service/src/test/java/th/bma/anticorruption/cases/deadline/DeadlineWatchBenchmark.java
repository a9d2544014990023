package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

import th.bma.anticorruption.cases.lifecycle.BenchmarkCases;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.cases.store.CaseStore;

/**
 * Not a unit test (the default Surefire run does not pick up {@code *Benchmark}): times {@link DeadlineWatch#check()}
 * on the embedded MongoDB with 10,000 and then 1,000,000 open cases filed as a backfill files them, all their alarms in
 * the same hour (days ahead, so not due in the timed checks), while 200 cases fall due in each timed check. It also
 * times the filing itself as the hour fills up and reports the largest alarm document. Run:
 * {@code mvn -B -o -pl case-tracking-service test-compile surefire:test -Dtest=DeadlineWatchBenchmark}
 * Figures go to the log and to {@code target/deadline-watch-benchmark.txt}; docs/case-deadlines.md has a run.
 */
@Tag("benchmark")
class DeadlineWatchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchBenchmark.class);
    private static final Instant T0 = OffsetDateTime.parse("2026-08-20T10:00:00+07:00").toInstant();
    /** The hour every background case's alarm falls in. */
    private static final Instant BACKFILL_HOUR = T0.plus(Duration.ofDays(3));
    private static final int DUE_PER_CHECK = 200;
    private static final int ROUNDS = 7;
    private static final int FILING_BATCH = 10_000;

    private int nextComplaint;
    private Instant roundTime = T0;
    private final List<Double> filingMillisPer10k = new ArrayList<>();

    @Test
    void checkCostDoesNotGrowWithTheNumberOfOpenCases() throws IOException {
        try (WatchRig rig = new WatchRig(T0, 500)) {
            MongoTemplate mongo = rig.mongo;
            StringBuilder report = new StringBuilder(String.format(
                    "open cases | check with %d due (median ms, %d rounds) | idle check (median ms) | naive scan"
                            + " nextAlarmAt<=now (ms)%n", DUE_PER_CHECK, ROUNDS));
            Map<Integer, Double> dueMedians = new HashMap<>();
            // The first pass only warms the JIT up; its figures are not reported.
            int[] passes = {10_000, 10_000, 1_000_000};
            for (int pass = 0; pass < passes.length; pass++) {
                int openCases = passes[pass];
                addBackgroundCases(rig, openCases - (int) mongo.getCollection(CaseStore.CASES).countDocuments());
                double due = medianOf(ROUNDS, () -> {
                    roundTime = roundTime.plus(Duration.ofHours(1));
                    rig.clock.set(roundTime);
                    openCasesDueNow(rig.store);
                    long before = rig.published.get();
                    long start = System.nanoTime();
                    int handled = rig.watch.check();
                    long took = System.nanoTime() - start;
                    assertThat(handled).isEqualTo(DUE_PER_CHECK);
                    assertThat(rig.published.get() - before).isEqualTo(DUE_PER_CHECK);
                    return took;
                });
                double idle = medianOf(ROUNDS, () -> {
                    long start = System.nanoTime();
                    assertThat(rig.watch.check()).isZero();
                    return System.nanoTime() - start;
                });
                double scan = medianOf(3, () -> {
                    long start = System.nanoTime();
                    mongo.count(query(where("nextAlarmAt").lte(roundTime)), CaseStore.CASES);
                    return System.nanoTime() - start;
                });
                if (pass == 0) {
                    continue;
                }
                dueMedians.put(openCases, due);
                report.append(String.format("%,d | %.1f | %.1f | %.1f%n", openCases, due, idle, scan));
                log.info("DeadlineWatch benchmark so far\n{}", report);
            }
            report.append(String.format("filing 10,000 cases into the backfill hour (ms): first %.1f, last %.1f,"
                    + " median %.1f%n", filingMillisPer10k.get(0), filingMillisPer10k.get(filingMillisPer10k.size() - 1),
                    filingMillisPer10k.stream().sorted().toList().get(filingMillisPer10k.size() / 2)));
            report.append(String.format("largest alarm document: %d bytes%n", largestAlarmDocument(mongo)));
            log.info("DeadlineWatch benchmark\n{}", report);
            Files.writeString(Path.of("target", "deadline-watch-benchmark.txt"), report.toString());
            assertThat(dueMedians.get(1_000_000)).as("a check must not cost in proportion to open cases")
                    .isLessThan(dueMedians.get(10_000) * 5);
        }
    }

    /**
     * Cases on the internal track for 21 days, their 30-day clock started then, so their 10-day reminder fell due a
     * day ago: what one check must handle. They are written just before the check, like cases whose alarm came.
     */
    private void openCasesDueNow(CaseStore store) {
        Instant reachedInternalTrack = roundTime.minus(Duration.ofDays(21));
        for (int i = 0; i < DUE_PER_CHECK; i++) {
            ComplaintCase c = BenchmarkCases.internalTrack("DUE-" + nextComplaint++,
                    reachedInternalTrack.minus(Duration.ofDays(2)), reachedInternalTrack, WatchRig.POLICY);
            store.insert(c);
        }
    }

    /**
     * Open cases whose alarms all fall in one hour days ahead, written in bulk and filed {@value #FILING_BATCH} at a
     * time, as a batched consumer files a backfill; the filing is timed.
     */
    private void addBackgroundCases(WatchRig rig, int count) {
        if (count <= 0) {
            return;
        }
        ComplaintCase template = BenchmarkCases.internalTrack("TEMPLATE", T0, T0, WatchRig.POLICY);
        Document full = new Document();
        rig.mongo.getConverter().write(template, full);
        // The fields a watch or a list query could look at; the rest of a case (timeline, routing reasons, masked
        // description) would only cost heap in the in-memory server, which a check never reads for these cases.
        Document prototype = new Document();
        for (String field : List.of("_class", "channel", "receivedAt", "district", "lineOfWork", "state",
                "disposition", "deadline", "openedAt", "lastActivityAt", "caseVersion", "revision")) {
            prototype.put(field, full.get(field));
        }
        MongoCollection<Document> cases = rig.mongo.getCollection(CaseStore.CASES);
        Map<String, Instant> alarms = new LinkedHashMap<>();
        List<Document> batch = new ArrayList<>(FILING_BATCH);
        for (int i = 0; i < count; i++) {
            String id = "BG-" + nextComplaint++;
            Instant alarm = BACKFILL_HOUR.plus(Duration.ofSeconds(i % 3_600));
            Document doc = new Document(prototype);
            doc.put("_id", id);
            doc.put("complaintId", "CMP-" + id);
            doc.put("nextAlarmAt", java.util.Date.from(alarm));
            doc.put("filedAlarmAt", java.util.Date.from(alarm));
            batch.add(doc);
            alarms.put(id, alarm);
            if (batch.size() == FILING_BATCH || i == count - 1) {
                long start = System.nanoTime();
                rig.slots.fileAlarms(alarms);
                filingMillisPer10k.add((System.nanoTime() - start) / 1_000_000.0 * FILING_BATCH / batch.size());
                cases.insertMany(batch);
                batch = new ArrayList<>(FILING_BATCH);
                alarms = new LinkedHashMap<>();
                if ((i + 1) % 100_000 == 0) {
                    log.info("{} background cases written", i + 1);
                }
            }
        }
    }

    private static int largestAlarmDocument(MongoTemplate mongo) {
        int largest = 0;
        for (String collection : List.of(AlarmSlots.ENTRIES, AlarmSlots.HOURS)) {
            // In batches: the in-process server would otherwise answer a million entries in one reply.
            for (RawBsonDocument doc : mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class)
                    .find().batchSize(20_000)) {
                largest = Math.max(largest, doc.getByteBuffer().remaining());
            }
        }
        return largest;
    }

    private static double medianOf(int rounds, java.util.function.LongSupplier nanos) {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = nanos.getAsLong() / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[rounds / 2];
    }
}
