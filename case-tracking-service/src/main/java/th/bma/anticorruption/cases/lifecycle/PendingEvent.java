package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/**
 * An event about the case, recorded with the change it announces and stored in the same document write, kept on
 * the case until the broker acknowledged it: the case's own outbox. {@code kind} names the event's type and topic,
 * {@code payload} is the event as JSON, with its event id fixed when it was recorded; {@code traceparent} lets a
 * later relay continue the trace of the change that recorded it.
 */
public record PendingEvent(String eventId, String kind, String payload, Instant recordedAt, String traceparent) {

    /** {@code traceparent} is the W3C trace context of the change that recorded the event (null outside a trace). */
    public PendingEvent(String eventId, String kind, String payload, Instant recordedAt) {
        this(eventId, kind, payload, recordedAt, null);
    }
}
