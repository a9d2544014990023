package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import th.bma.anticorruption.support.outbox.PendingMarkers.Marker;
import th.bma.anticorruption.support.outbox.PendingMarkers.Marking;
import th.bma.anticorruption.support.outbox.PendingMarkers.RevisionMarking;
import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * The markers of records whose events are unsent, on the embedded MongoDB, at the moments between two writes that a
 * crash, a redelivery or another writer can hit: the relay reads the oldest markers only, a marker rewritten after it
 * was read survives the relay's delete, a marker raised to a newer revision survives the delete of an older one, and
 * the records stored before markers existed are marked once.
 */
class PendingMarkersTest {

    private static final Instant T0 = Instant.parse("2026-08-20T03:00:00Z");
    private static final String COLLECTION = "records_pending";
    private static final String NOTE = "earlier-records-marked";

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();
    private final MongoTemplate mongo = new MongoTemplate(client, "pending-markers");
    private final PendingMarkers markers = markers();

    @Test
    void aMarkerIsOneSmallDocumentKeyedByItsRecordsId() {
        markers.mark(List.of(new Marking("D-1", T0)));
        markers.markRevisions(List.of(new RevisionMarking("C-1", T0, 3)));

        Document once = mongo.findById("D-1", Document.class, COLLECTION);
        assertThat(once).containsOnlyKeys("_id", "since", "write").containsEntry("since", Date.from(T0));
        Document revised = mongo.findById("C-1", Document.class, COLLECTION);
        assertThat(revised).containsOnlyKeys("_id", "since", "revision", "write").containsEntry("revision", 3L);
        assertThat(markers.isPending("D-1")).isTrue();
        assertThat(markers.isPending("D-2")).isFalse();
    }

    @Test
    void theRelayReadsTheMarkersOlderThanItsBoundOldestFirstAndAtMostItsLimit() {
        markers.mark(List.of(new Marking("young", T0.plusSeconds(30)), new Marking("oldest", T0),
                new Marking("older", T0.plusSeconds(10)), new Marking("at-the-bound", T0.plusSeconds(20))));

        assertThat(markers.before(T0.plusSeconds(20), 10)).extracting(Marker::id).containsExactly("oldest", "older");
        assertThat(markers.before(T0.plusSeconds(20), 1)).singleElement()
                .satisfies(marker -> assertThat(marker.since()).isEqualTo(T0));
    }

    @Test
    void aRecordStoredAgainMovesItsMarkerOutOfTheRelaysReachWithANewWrite() {
        markers.mark(List.of(new Marking("D-1", T0)));
        Marker read = markers.before(T0.plusSeconds(60), 10).get(0);

        markers.mark(List.of(new Marking("D-1", T0.plusSeconds(60))));

        assertThat(markers.before(T0.plusSeconds(60), 10)).isEmpty();
        assertThat(mongo.findById("D-1", Document.class, COLLECTION).getString("write")).isNotEqualTo(read.write());
    }

    @Test
    void aMarkerFoundWithoutItsRecordIsDeletedUnlessAWriterWroteItAgainSinceItWasRead() {
        markers.mark(List.of(new Marking("lost", T0), new Marking("redelivered", T0)));
        List<Marker> read = markers.before(T0.plusSeconds(30), 10);
        // A redelivery writes the marker of the same record again, about to store it.
        markers.mark(List.of(new Marking("redelivered", T0.plusSeconds(1))));

        markers.clearUnchanged(read);

        assertThat(markers.isPending("lost")).isFalse();
        assertThat(markers.isPending("redelivered")).isTrue();
    }

    @Test
    void aRelayPassFindsTheRecordsOfTheOldestMarkersAndDeletesTheMarkersLeftWithoutOne() {
        markers.mark(List.of(new Marking("stored-later", T0.plusSeconds(2)), new Marking("never-stored", T0),
                new Marking("stored", T0.plusSeconds(1)), new Marking("young", T0.plusSeconds(50))));
        Set<String> stored = Set.of("stored", "stored-later", "young");
        List<List<String>> reads = new ArrayList<>();

        List<Stored> found = markers.recordsBefore(T0.plusSeconds(30), 10, ids -> {
            reads.add(ids);
            // A store answers in its own order.
            return ids.stream().filter(stored::contains).map(Stored::new).sorted(Comparator.comparing(Stored::id)
                    .reversed()).toList();
        }, Stored::id);

        assertThat(found).extracting(Stored::id).as("oldest first").containsExactly("stored", "stored-later");
        assertThat(reads).as("one read").containsExactly(List.of("never-stored", "stored", "stored-later"));
        assertThat(markers.isPending("never-stored")).isFalse();
        assertThat(markers.isPending("stored")).as("whether it is sent is the store's to say").isTrue();
    }

    @Test
    void aRevisedRecordsMarkerKeepsItsOldestSinceAndHighestRevisionAndIsDeletedOnlyAtThatRevisionOrLater() {
        markers.markRevisions(List.of(new RevisionMarking("C-1", T0.plusSeconds(5), 2)));
        markers.markRevisions(List.of(new RevisionMarking("C-1", T0, 4)));
        // A writer holding an older copy writes its marker late.
        markers.markRevisions(List.of(new RevisionMarking("C-1", T0.plusSeconds(9), 3)));

        Document marker = mongo.findById("C-1", Document.class, COLLECTION);
        assertThat(marker).containsEntry("since", Date.from(T0)).containsEntry("revision", 4L);

        markers.clearAt(Map.of("C-1", 3L));
        assertThat(markers.isPending("C-1")).as("read without events at an older revision").isTrue();
        markers.clearAt(Map.of("C-1", 4L));
        assertThat(markers.isPending("C-1")).isFalse();
    }

    @Test
    void aMarkerMovesUpToItsRecordsOldestUnsentEventAndNeverBack() {
        markers.markRevisions(List.of(new RevisionMarking("C-1", T0, 1)));

        markers.moveUp("C-1", T0.plusSeconds(40));
        markers.moveUp("C-1", T0.plusSeconds(10));

        assertThat(markers.before(T0.plusSeconds(40), 10)).isEmpty();
        assertThat(markers.before(T0.plusSeconds(41), 10)).extracting(Marker::since)
                .containsExactly(T0.plusSeconds(40));
    }

    @Test
    void theMarkersOfRecordsSentAreDeletedByTheirIds() {
        markers.mark(List.of(new Marking("D-1", T0), new Marking("D-2", T0), new Marking("D-3", T0)));

        markers.clear(List.of("D-1", "D-3"));
        markers.clear(List.of());

        assertThat(markers.before(T0.plusSeconds(1), 10)).extracting(Marker::id).containsExactly("D-2");
    }

    @Test
    void recordsStoredBeforeMarkersExistedAreMarkedOnceEverAndTheNoteIsNoMarker() {
        AtomicInteger runs = new AtomicInteger();
        Runnable marking = () -> {
            runs.incrementAndGet();
            markers.mark(List.of(new Marking("D-0", T0)));
        };

        markers.markEarlierRecordsOnce(marking);
        markers.markEarlierRecordsOnce(marking);
        markers().markEarlierRecordsOnce(marking);

        assertThat(runs).as("once in this process, and not again after a restart").hasValue(1);
        assertThat(mongo.exists(query(where("_id").is(NOTE)), COLLECTION)).isTrue();
        assertThat(markers.before(T0.plus(Duration.ofDays(365)), 10)).extracting(Marker::id).containsExactly("D-0");
    }

    private record Stored(String id) {
    }

    private PendingMarkers markers() {
        PendingMarkers created = new PendingMarkers(mongo, COLLECTION, NOTE);
        created.createIndex();
        return created;
    }
}
