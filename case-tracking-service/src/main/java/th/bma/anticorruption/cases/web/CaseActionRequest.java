package th.bma.anticorruption.cases.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import th.bma.anticorruption.cases.lifecycle.ActionDetails;
import th.bma.anticorruption.cases.lifecycle.InterimMeasureKind;
import th.bma.anticorruption.contracts.OperationsCentreOrder;

/**
 * The body of an action: {@code members} for appoint-subcommittee; {@code measure} (TRANSFER_TO_OTHER_DUTY or
 * SUSPENSION), {@code orderedBy}, {@code orderedAt} and optionally {@code reviewBy} for record-interim-measure;
 * {@code measureId} (with {@code orderedBy}/{@code orderedAt}: who reviewed or lifted it and when, and the next
 * {@code reviewBy}) for review-interim-measure and end-interim-measure; {@code order} (and optionally
 * {@code orderedAt}, the day ศปท.กทม. gave it) for record-order; an optional {@code note}, required by
 * find-not-credible (the reason) and record-follow-up (what was done).
 */
public record CaseActionRequest(
        @Schema(description = "appoint-subcommittee: the subcommittee's members") @Size(max = 20)
        List<@Size(max = 200) String> members,
        @Schema(description = "record-interim-measure: the measure ordered") InterimMeasureKind measure,
        @Schema(description = "interim measures: who ordered (or reviewed, or lifted) it") @Size(max = 200)
        String orderedBy,
        @Schema(description = "interim measures: when ordered, reviewed or lifted; record-order: the day ศปท.กทม."
                + " gave the order (default now); never in the future") OffsetDateTime orderedAt,
        @Schema(description = "free text for officers; required by find-not-credible and record-follow-up")
        @Size(max = 2000) String note,
        @Schema(description = "record-order: the order ศปท.กทม. gave") OperationsCentreOrder order,
        @Schema(description = "review-interim-measure, end-interim-measure: the measure's id, e.g. M-1")
        @Size(max = 20) String measureId,
        @Schema(description = "interim measures: when the (next) review is due") OffsetDateTime reviewBy) {

    ActionDetails details() {
        return new ActionDetails(members == null ? List.of() : members, measure, orderedBy,
                orderedAt == null ? null : orderedAt.toInstant(), note, order, measureId,
                reviewBy == null ? null : reviewBy.toInstant());
    }
}
