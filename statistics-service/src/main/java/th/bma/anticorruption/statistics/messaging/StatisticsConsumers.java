package th.bma.anticorruption.statistics.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.statistics.monthly.DirtyMonths;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;

/**
 * The two inputs of the statistics: case snapshots from {@code cases.status-changed.v1} (binding
 * {@code countCaseStatus-in-0}) and screened-out channel records from {@code complaints.screened-out.v1}
 * ({@code countScreenedOut-in-0}). Each writes one idempotent document and marks the month dirty.
 */
public final class StatisticsConsumers {

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

    public Consumer<CaseStatusChanged> countCaseStatus() {
        return snapshot -> {
            requireComplete(snapshot);
            var changed = readModel.apply(snapshot);
            (changed.isEmpty() ? snapshotsIgnored : snapshotsCounted).increment();
            dirtyMonths.mark(changed);
        };
    }

    public Consumer<ComplaintScreenedOut> countScreenedOut() {
        return screened -> {
            if (screened.screeningId() == null || screened.channel() == null || screened.receivedAt() == null) {
                throw new InvalidStatisticsEventException("a screened-out record needs screeningId, channel and receivedAt");
            }
            readModel.record(screened).ifPresent(month -> dirtyMonths.mark(java.util.List.of(month)));
        };
    }

    private static void requireComplete(CaseStatusChanged snapshot) {
        if (snapshot.complaintId() == null || snapshot.channel() == null || snapshot.receivedAt() == null
                || snapshot.occurredAt() == null) {
            throw new InvalidStatisticsEventException(
                    "a case snapshot needs complaintId, channel, receivedAt and occurredAt");
        }
    }
}
