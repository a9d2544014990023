package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/** The ก.ก. office's preliminary fact check: whether the complaint credibly points to corruption, when and by whom. */
public record PreliminaryCheck(boolean credible, Instant checkedAt, String checkedBy) {
}
