package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/** An interim measure as ordered ({@code orderedBy}, {@code orderedAt}) and as recorded by an officer. */
public record InterimMeasure(InterimMeasureKind kind, String orderedBy, Instant orderedAt, String recordedBy,
        Instant recordedAt, String note) {
}
