package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A case on the director's follow-up list: since when, and every reason that put it there since. */
public record FollowUp(Instant since, List<FollowUpReason> reasons) {

    public FollowUp {
        reasons = List.copyOf(reasons);
    }

    FollowUp with(FollowUpReason reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        List<FollowUpReason> all = new ArrayList<>(reasons);
        all.add(reason);
        return new FollowUp(since, all);
    }
}
