package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * What the director recorded about a case on the follow-up list ({@code recordedAt}, {@code recordedBy}; the note is
 * on the timeline), with the listing it answered: since when the case was listed and why.
 */
public record FollowUpRecord(Instant listedSince, List<FollowUpReason> reasons, Instant recordedAt, String recordedBy) {

    public FollowUpRecord {
        reasons = List.copyOf(reasons);
    }
}
