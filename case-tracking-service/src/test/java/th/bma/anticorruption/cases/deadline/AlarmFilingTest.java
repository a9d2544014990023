package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.cases.lifecycle.BenchmarkCases;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.contracts.Topics;

/**
 * Alarm filing on the embedded MongoDB: many cases filed in one hour stay in small documents and each fires once; a
 * filing without its case is harmless; a check reads a bounded number of filings; slots stored by hour carry over.
 */
class AlarmFilingTest {

    private static final Instant T0 = OffsetDateTime.parse("2026-08-20T10:00:00+07:00").toInstant();
    private static final String REMINDERS = Topics.CASES_DEADLINE_REMINDERS;
    /** An entry is about 60 bytes; an hour's counters, 60 at most, about 850. */
    private static final int MAX_DOCUMENT_BYTES = 1_024;

    private WatchRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    /** A case whose 10-day reminder fell due a day before {@code now}: what a backfill opens by the thousand. */
    private ComplaintCase dueCase(String complaintId, Instant now) {
        Instant reached = now.minus(Duration.ofDays(21));
        return BenchmarkCases.internalTrack(complaintId, reached.minus(Duration.ofDays(2)), reached, WatchRig.POLICY);
    }

    private int largestDocument(String collection) {
        int largest = 0;
        for (RawBsonDocument doc : rig.mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class)
                .find()) {
            largest = Math.max(largest, doc.getByteBuffer().remaining());
        }
        return largest;
    }

    @Test
    void casesFiledByTheThousandInOneHourStayInSmallDocumentsAndEachRemindsOnce() {
        rig = new WatchRig(T0, 100);
        int cases = 1_000;
        for (int i = 0; i < cases; i++) {
            // Filed over the first 50 minutes, as a backfill would, all already due.
            rig.clock.set(T0.plus(Duration.ofSeconds(3L * i)));
            assertThat(rig.store.insert(dueCase("BACKFILL-" + i, rig.clock.instant()))).isTrue();
        }
        assertThat(rig.mongo.getCollection(AlarmSlots.ENTRIES).countDocuments()).isEqualTo(cases);
        assertThat(largestDocument(AlarmSlots.ENTRIES)).isLessThanOrEqualTo(MAX_DOCUMENT_BYTES);
        assertThat(largestDocument(AlarmSlots.HOURS)).isLessThanOrEqualTo(MAX_DOCUMENT_BYTES);

        rig.clock.set(T0.plus(Duration.ofHours(1)));
        int handled = 0;
        int checks = 0;
        for (int changed = rig.watch.check(); changed > 0; changed = rig.watch.check()) {
            assertThat(changed).isLessThanOrEqualTo(100);
            handled += changed;
            checks++;
        }
        assertThat(handled).isEqualTo(cases);
        assertThat(checks).isEqualTo(cases / 100);
        rig.clock.set(T0.plus(Duration.ofHours(2)));
        assertThat(rig.watch.check()).isZero();

        Map<String, AtomicLong> reminders = rig.publishedByCase.get(REMINDERS);
        assertThat(reminders).hasSize(cases);
        assertThat(reminders.values()).allMatch(count -> count.get() == 1);
        // Each case is now filed once more, under its 3-day reminder; the filings taken are gone.
        assertThat(rig.mongo.getCollection(AlarmSlots.ENTRIES).countDocuments()).isEqualTo(cases);
        assertThat(largestDocument(AlarmSlots.ENTRIES)).isLessThanOrEqualTo(MAX_DOCUMENT_BYTES);
    }

    @Test
    void aFilingWhoseCaseWasNeverStoredIsPassedOverAndAStoredCaseIsAlwaysFiled() {
        rig = new WatchRig(T0, 50);
        ComplaintCase lost = dueCase("NEVER-STORED", T0);
        rig.slots.file(lost);
        ComplaintCase kept = dueCase("STORED", T0);
        assertThat(rig.store.insert(kept)).isTrue();
        ComplaintCase again = dueCase("STORED", T0);
        assertThat(rig.store.insert(again)).as("the complaint already has its case").isFalse();

        rig.clock.set(T0.plus(Duration.ofMinutes(5)));
        assertThat(rig.watch.check()).isEqualTo(1);
        assertThat(rig.watch.check()).isZero();
        assertThat(rig.publishedByCase.get(REMINDERS)).containsOnlyKeys(kept.id());
    }

    @Test
    void aCheckReadsABoundedNumberOfFilingsAndTheNextOneGoesOn() {
        rig = new WatchRig(T0, 100);
        for (int i = 0; i < 1_000; i++) {
            rig.store.insert(dueCase("MOVED-" + i, T0));
        }
        // Each case's alarm then moved a month on, and each was filed there (as a store write of the move does).
        Instant later = T0.plus(Duration.ofDays(30));
        rig.mongo.updateMulti(new org.springframework.data.mongodb.core.query.Query(),
                org.springframework.data.mongodb.core.query.Update.update("nextAlarmAt", later), "cases");
        rig.slots.file(rig.mongo.findAll(ComplaintCase.class, "cases"));
        rig.clock.set(T0.plus(Duration.ofMinutes(3)));

        List<Long> left = new java.util.ArrayList<>();
        for (int check = 0; check < 3; check++) {
            assertThat(rig.watch.check()).isZero();
            left.add(rig.mongo.getCollection(AlarmSlots.ENTRIES).countDocuments(
                    new Document("_id", new Document("$regex", "^" + AlarmSlots.slotOf(T0)))));
        }
        assertThat(left).as("each check reads at most 4 batches of 100 filings").containsExactly(600L, 200L, 0L);

        rig.clock.set(later.plus(Duration.ofMinutes(2)));
        assertThat(rig.watch.check()).isEqualTo(100);
    }

    @Test
    void casesInSlotsStoredByHourAreFiledByMinuteAtStartUp() {
        rig = new WatchRig(T0, 50);
        ComplaintCase c = dueCase("LEGACY", T0);
        c.alarmFiled();
        rig.mongo.insert(c, "cases");
        rig.mongo.getCollection("alarm_slots").insertOne(new Document("_id", AlarmSlots.slotOf(T0).substring(0, 13))
                .append("caseIds", List.of(c.id())));
        rig.mongo.getCollection("alarm_cursor").insertOne(new Document("_id", "alarms").append("slot", "2026-08-20T03"));

        new AlarmSlots(rig.mongo, rig.clock).afterPropertiesSet();

        assertThat(rig.mongo.getCollection("alarm_slots").countDocuments()).isZero();
        rig.clock.set(T0.plus(Duration.ofMinutes(5)));
        assertThat(rig.watch.check()).isEqualTo(1);
        assertThat(rig.publishedByCase.get(REMINDERS)).containsOnlyKeys(c.id());
    }
}
