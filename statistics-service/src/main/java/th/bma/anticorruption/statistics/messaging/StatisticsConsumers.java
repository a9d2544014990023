package th.bma.anticorruption.statistics.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.statistics.monthly.DirtyMonths;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import th.bma.anticorruption.support.messaging.ReceivedBatch;

/**
 * The three inputs of the statistics: case snapshots from {@code cases.status-changed.v1} (binding
 * {@code countCaseStatus-in-0}), screened-out channel records from {@code complaints.screened-out.v1}
 * ({@code countScreenedOut-in-0}) and the CSV import's per-month tallies of them from
 * {@code complaints.screened-out-tallied.v1} ({@code countScreenedOutTallies-in-0}). Each takes a whole poll at a
 * time ({@link ReceivedBatch}): the records are read in order, written with unordered bulk writes of idempotent
 * documents, and the months they changed marked dirty; the poll's offsets are committed once the writes returned. A
 * record that cannot be read or lacks a required field goes alone to its dead-letter topic while the records before it
 * are counted and those after it delivered again.
 */
public final class StatisticsConsumers {

    private static final Logger log = LoggerFactory.getLogger(StatisticsConsumers.class);

    private final StatisticsReadModel readModel;
    private final DirtyMonths dirtyMonths;
    private final Counter snapshotsCounted;
    private final Counter snapshotsIgnored;

    public StatisticsConsumers(StatisticsReadModel readModel, DirtyMonths dirtyMonths, MeterRegistry meters) {
        this.readModel = readModel;
        this.dirtyMonths = dirtyMonths;
        this.snapshotsCounted = Counter.builder("statistics.case.snapshots").tag("outcome", "counted")
                .description("Case snapshots newer than the stored one").register(meters);
        this.snapshotsIgnored = Counter.builder("statistics.case.snapshots").tag("outcome", "ignored")
                .description("Redelivered or older case snapshots, which change nothing").register(meters);
    }

    public Consumer<Message<List<byte[]>>> countCaseStatus(JsonMapper json) {
        return message -> {
            ReceivedBatch.Read<CaseStatusChanged> read = ReceivedBatch.of(message)
                    .read(json, CaseStatusChanged.class, StatisticsConsumers::requireComplete);
            StatisticsReadModel.BatchOutcome outcome = readModel.applyAll(read.events());
            snapshotsCounted.increment(outcome.kept());
            snapshotsIgnored.increment(read.items().size() - outcome.kept());
            dirtyMonths.mark(outcome.months());
            read.throwIfPoisoned();
        };
    }

    /**
     * The rebuild's reader of case snapshots (the {@code rebuild} profile binds it instead of
     * {@link #countCaseStatus}): a whole poll at a time, written with {@link StatisticsReadModel#applyAll}. It
     * replays history the live consumer has already read, so a record the live consumer sent to the dead-letter topic
     * (not JSON, or a required field missing) is skipped here and counted as ignored, never retried.
     */
    public Consumer<List<byte[]>> rebuildCaseStatus(JsonMapper json) {
        return records -> {
            List<CaseStatusChanged> snapshots = new ArrayList<>(records.size());
            for (byte[] record : records) {
                try {
                    CaseStatusChanged snapshot = json.readValue(record, CaseStatusChanged.class);
                    requireComplete(snapshot);
                    snapshots.add(snapshot);
                } catch (JacksonException | InvalidStatisticsEventException e) {
                    log.warn("Rebuild skips a case snapshot the live consumer dead-letters: {}", e.getClass().getSimpleName());
                }
            }
            StatisticsReadModel.BatchOutcome outcome = readModel.applyAll(snapshots);
            snapshotsCounted.increment(outcome.kept());
            snapshotsIgnored.increment(records.size() - outcome.kept());
            dirtyMonths.mark(outcome.months());
        };
    }

    public Consumer<Message<List<byte[]>>> countScreenedOut(JsonMapper json) {
        return message -> {
            ReceivedBatch.Read<ComplaintScreenedOut> read = ReceivedBatch.of(message)
                    .read(json, ComplaintScreenedOut.class, StatisticsConsumers::requireComplete);
            dirtyMonths.mark(readModel.recordScreenedOut(read.events()));
            read.throwIfPoisoned();
        };
    }

    public Consumer<Message<List<byte[]>>> countScreenedOutTallies(JsonMapper json) {
        return message -> {
            ReceivedBatch.Read<ScreenedOutTallied> read = ReceivedBatch.of(message)
                    .read(json, ScreenedOutTallied.class, StatisticsConsumers::requireComplete);
            dirtyMonths.mark(readModel.recordTallies(read.events()));
            read.throwIfPoisoned();
        };
    }

    /** What the consumers dead-letter (and the rebuild skips): a snapshot without what it is counted by. */
    public static void requireComplete(CaseStatusChanged snapshot) {
        if (snapshot.complaintId() == null || snapshot.channel() == null || snapshot.receivedAt() == null
                || snapshot.occurredAt() == null) {
            throw new InvalidStatisticsEventException(
                    "a case snapshot needs complaintId, channel, receivedAt and occurredAt");
        }
    }

    public static void requireComplete(ComplaintScreenedOut screened) {
        if (screened.screeningId() == null || screened.channel() == null || screened.receivedAt() == null) {
            throw new InvalidStatisticsEventException("a screened-out record needs screeningId, channel and receivedAt");
        }
    }

    public static void requireComplete(ScreenedOutTallied tally) {
        if (tally.eventId() == null || tally.channel() == null || tally.count() < 1
                || StatisticsCalendar.parseMonth(tally.month()).isEmpty()) {
            throw new InvalidStatisticsEventException(
                    "a screened-out tally needs eventId, channel, a month yyyy-MM and a count of at least 1");
        }
    }
}
