package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

import th.bma.anticorruption.contracts.OperationsCentreOrder;

/** The order ศปท.กทม. gave on a grounded case, on {@code orderedAt}, as an officer recorded it. */
public record OrderGiven(OperationsCentreOrder order, Instant orderedAt, String recordedBy, Instant recordedAt) {
}
