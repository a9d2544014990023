package th.bma.anticorruption.statistics.monthly;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * How many complaints of a period share one combination of channel, line of work, current disposition, district,
 * deadline state and internal-track outcome: one row of the read model's aggregation. {@code district},
 * {@code deadlineStatus} and {@code internalTrackOutcome} may be null (no district given, no deadline applies, not a
 * closed internal-track case).
 */
public record ComplaintCount(Channel channel, LineOfWork lineOfWork, Disposition disposition, String district,
        DeadlineStatus deadlineStatus, boolean metOnTime, ClosureOutcome internalTrackOutcome, long count) {
}
