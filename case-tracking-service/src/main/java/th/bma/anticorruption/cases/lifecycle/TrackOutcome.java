package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

import th.bma.anticorruption.contracts.InternalTrackFinding;
import th.bma.anticorruption.contracts.OperationsCentreOrder;

/**
 * How a case of the internal track ended: its finding, the order ศปท.กทม. gave if it was grounded and one was
 * recorded, and when it closed. Set once, when the case closes on the internal track.
 */
public record TrackOutcome(InternalTrackFinding finding, OperationsCentreOrder order, Instant closedAt) {
}
