package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/** One line of a case's history: when, what ({@code event}, a stable code) and an optional detail for officers. */
public record TimelineEntry(Instant at, String event, String detail) {
}
