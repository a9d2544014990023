package th.bma.anticorruption.contracts;

import java.time.OffsetDateTime;

/**
 * How a case of the internal track (the ก.ก. office's preliminary check and the secret fact-finding subcommittee)
 * ended: its {@code finding}, the {@code order} ศปท.กทม. gave on a grounded case (null otherwise, and null for a
 * grounded case closed without an order on record), and when it closed (Bangkok time). Holds no free text and no
 * person: the complainant's name is kept secret throughout the track.
 */
public record InternalTrackOutcome(InternalTrackFinding finding, OperationsCentreOrder order, OffsetDateTime closedAt) {
}
