package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/**
 * One line of a case's history: when, what ({@code event}, a stable code), an optional detail for officers and who
 * did it ({@code by}: the officer from their token; null for routing, the channel and the passing of time).
 */
public record TimelineEntry(Instant at, String event, String detail, String by) {

    /** An entry nobody in particular made: routing, the channel or the passing of time. */
    public TimelineEntry(Instant at, String event, String detail) {
        this(at, event, detail, null);
    }
}
