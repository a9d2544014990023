package th.bma.anticorruption.contracts;

import java.time.OffsetDateTime;

/**
 * A deadline on a case. {@code kind} is e.g. SUBCOMMITTEE_APPOINTMENT (30 days from receipt on the internal track).
 * {@code metAt} is set when the deadline was met.
 */
public record CaseDeadline(String kind, OffsetDateTime dueAt, DeadlineStatus status, OffsetDateTime metAt) {
}
