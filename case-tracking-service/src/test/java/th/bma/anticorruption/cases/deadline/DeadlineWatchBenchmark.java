package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.CaseEventOutbox;
import th.bma.anticorruption.cases.casework.CaseEvents;
import th.bma.anticorruption.cases.lifecycle.BenchmarkCases;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.testkit.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test (the default Surefire run does not pick up {@code *Benchmark}): times
 * {@link DeadlineWatch#check()} on the embedded MongoDB with 10,000 and then 1,000,000 open cases whose alarms are
 * not due, while the same number of cases falls due in each timed check. Run:
 * {@code mvn -B -o -pl case-tracking-service test-compile surefire:test -Dtest=DeadlineWatchBenchmark}
 * Figures go to the log and to {@code target/deadline-watch-benchmark.txt}; docs/case-deadlines.md has a run.
 */
@Tag("benchmark")
class DeadlineWatchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchBenchmark.class);
    private static final Instant T0 = OffsetDateTime.parse("2026-08-20T10:00:00+07:00").toInstant();
    private static final int DUE_PER_CHECK = 200;
    private static final int ROUNDS = 7;
    private static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR,
            HolidayCalendar.none(), List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);

    private final AtomicLong published = new AtomicLong();
    private int nextComplaint;
    private Instant roundTime = T0;

    @Test
    void checkCostDoesNotGrowWithTheNumberOfOpenCases() throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "cases-benchmark");
            MutableClock clock = new MutableClock(T0);
            AlarmSlots slots = new AlarmSlots(mongo, clock);
            CaseStore store = new CaseStore(mongo, slots);
            store.afterPropertiesSet();
            AuditTrail audit = new AuditTrail(mongo, clock);
            audit.afterPropertiesSet();
            EventBatchPublisher counting = new EventBatchPublisher(null, null, null, null) {
                @Override
                public List<Boolean> sendAll(List<Outgoing> sent) {
                    published.addAndGet(sent.size());
                    return sent.stream().map(event -> true).toList();
                }
            };
            CaseEvents events = new CaseEvents(JsonMapper.builder().build());
            DeadlineWatch watch = new DeadlineWatch(slots, store, events,
                    new CaseEventOutbox(store, events, counting, clock), audit, POLICY, clock,
                    new WatchProperties(false, Duration.ofMinutes(1), 500));

            StringBuilder report = new StringBuilder(String.format(
                    "open cases | check with %d due (median ms, %d rounds) | idle check (median ms) | naive scan"
                            + " nextAlarmAt<=now (ms)%n", DUE_PER_CHECK, ROUNDS));
            Map<Integer, Double> dueMedians = new HashMap<>();
            // The first pass only warms the JIT up; its figures are not reported.
            int[] passes = {10_000, 10_000, 1_000_000};
            for (int pass = 0; pass < passes.length; pass++) {
                int openCases = passes[pass];
                addBackgroundCases(mongo, openCases - (int) mongo.getCollection(CaseStore.CASES).countDocuments());
                double due = medianOf(ROUNDS, () -> {
                    roundTime = roundTime.plus(Duration.ofHours(1));
                    clock.set(roundTime);
                    openCasesDueNow(store);
                    long before = published.get();
                    long start = System.nanoTime();
                    int handled = watch.check();
                    long took = System.nanoTime() - start;
                    assertThat(handled).isEqualTo(DUE_PER_CHECK);
                    assertThat(published.get() - before).isEqualTo(DUE_PER_CHECK);
                    return took;
                });
                double idle = medianOf(ROUNDS, () -> {
                    long start = System.nanoTime();
                    assertThat(watch.check()).isZero();
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
            }
            log.info("DeadlineWatch benchmark\n{}", report);
            Files.writeString(Path.of("target", "deadline-watch-benchmark.txt"), report.toString());
            assertThat(dueMedians.get(1_000_000)).as("a check must not cost in proportion to open cases")
                    .isLessThan(dueMedians.get(10_000) * 5);
        } finally {
            server.shutdownNow();
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
                    reachedInternalTrack.minus(Duration.ofDays(2)), reachedInternalTrack, POLICY);
            store.insert(c);
        }
    }

    /** Open cases whose alarms lie days ahead, spread over 720 hourly slots, written in bulk. */
    private void addBackgroundCases(MongoTemplate mongo, int count) {
        if (count <= 0) {
            return;
        }
        ComplaintCase template = BenchmarkCases.internalTrack("TEMPLATE", T0, T0, POLICY);
        Document full = new Document();
        mongo.getConverter().write(template, full);
        // The fields a watch or a list query could look at; the rest of a case (timeline, routing reasons, masked
        // description) would only cost heap in the in-memory server, which a check never reads for these cases.
        Document prototype = new Document();
        for (String field : List.of("_class", "channel", "receivedAt", "district", "lineOfWork", "state",
                "disposition", "deadline", "openedAt", "lastActivityAt", "caseVersion", "revision")) {
            prototype.put(field, full.get(field));
        }
        MongoCollection<Document> cases = mongo.getCollection(CaseStore.CASES);
        Map<String, List<String>> slotIds = new HashMap<>();
        List<Document> batch = new ArrayList<>(10_000);
        for (int i = 0; i < count; i++) {
            String id = "BG-" + nextComplaint++;
            Instant alarm = T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(i % 720));
            Document doc = new Document(prototype);
            doc.put("_id", id);
            doc.put("complaintId", "CMP-" + id);
            doc.put("nextAlarmAt", java.util.Date.from(alarm));
            batch.add(doc);
            slotIds.computeIfAbsent(AlarmSlots.slotOf(alarm), k -> new ArrayList<>()).add(id);
            if (batch.size() == 10_000) {
                cases.insertMany(batch);
                batch = new ArrayList<>(10_000);
                if ((i + 1) % 100_000 == 0) {
                    log.info("{} background cases written", i + 1);
                }
            }
        }
        if (!batch.isEmpty()) {
            cases.insertMany(batch);
        }
        slotIds.forEach((slot, ids) -> mongo.upsert(query(where("_id").is(slot)),
                new Update().push("caseIds").each(ids.toArray()), AlarmSlots.SLOTS));
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
