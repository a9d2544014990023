package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An interim measure as ordered ({@code orderedBy}, {@code orderedAt}: it starts then) and as recorded by an
 * officer, with its reviews, the date the next review is due ({@code reviewBy}, optional) and its end once lifted.
 * {@code reviewOverdueFlagged} remembers that a passed {@code reviewBy} already put the case on the follow-up list.
 */
public record InterimMeasure(String id, InterimMeasureKind kind, String orderedBy, Instant orderedAt,
        String recordedBy, Instant recordedAt, String note, Instant reviewBy, List<MeasureReview> reviews,
        MeasureEnd end, boolean reviewOverdueFlagged) {

    public InterimMeasure {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public boolean inForce() {
        return end == null;
    }

    /** A review due and not yet flagged: a measure in force whose review date passed. */
    boolean reviewOverdue(Instant now) {
        return inForce() && reviewBy != null && now.isAfter(reviewBy) && !reviewOverdueFlagged;
    }

    InterimMeasure reviewed(MeasureReview review) {
        List<MeasureReview> all = new ArrayList<>(reviews);
        all.add(review);
        return new InterimMeasure(id, kind, orderedBy, orderedAt, recordedBy, recordedAt, note, review.nextReviewBy(),
                all, end, false);
    }

    InterimMeasure ended(MeasureEnd lifted) {
        return new InterimMeasure(id, kind, orderedBy, orderedAt, recordedBy, recordedAt, note, reviewBy, reviews,
                lifted, reviewOverdueFlagged);
    }

    InterimMeasure overdueFlagged() {
        return new InterimMeasure(id, kind, orderedBy, orderedAt, recordedBy, recordedAt, note, reviewBy, reviews,
                end, true);
    }

    /** A review of the measure: when it was held and by whom, who recorded it, and when the next one is due. */
    public record MeasureReview(Instant reviewedAt, String reviewedBy, String recordedBy, Instant recordedAt,
            Instant nextReviewBy) {
    }

    /** The measure lifted: from {@code endedAt}, on the order of {@code orderedBy}, as recorded by an officer. */
    public record MeasureEnd(Instant endedAt, String orderedBy, String recordedBy, Instant recordedAt) {
    }
}
