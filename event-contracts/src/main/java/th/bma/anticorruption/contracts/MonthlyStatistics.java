package th.bma.anticorruption.contracts;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The value of the compacted topic {@link Topics#STATISTICS_MONTHLY} (key {@code yyyy-MM}) and the body of
 * {@code GET /api/statistics/monthly/{yyyy-MM}}: the shape the statistics API promises. It is a state snapshot, not an event,
 * so it has no event id; {@code asOf} orders snapshots. Fields may only be added.
 *
 * @param internalTrackOutcomes addition to the contract shape: the month's complaints whose internal-track case is
 *                              closed, per outcome (every outcome named, zeros included); absent (null) in values
 *                              published before it was added
 * @param screenedOutByCategory addition to the contract shape: screened-out records per channel and the channel's
 *                              category label (1555 calls by the operator's category), only categories with records;
 *                              absent (null) in values published before it was added
 */
public record MonthlyStatistics(
        String month,
        OffsetDateTime asOf,
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byLineOfWork,
        Map<String, Map<String, Long>> byChannelAndLineOfWork,
        Map<String, Long> byDisposition,
        Map<String, Long> byDistrict,
        DeadlineFigures deadlines,
        Map<String, Long> screenedOutByChannel,
        Map<String, Long> internalTrackOutcomes,
        Map<String, Map<String, Long>> screenedOutByCategory) {

    /** Deadline figures of the month's complaints. */
    public record DeadlineFigures(long open, long dueWithin7Days, long breached, long metOnTime) {
    }
}
