package th.bma.anticorruption.cases.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import th.bma.anticorruption.cases.lifecycle.ActionDetails;
import th.bma.anticorruption.cases.lifecycle.InterimMeasureKind;

/**
 * The body of an action: {@code members} for appoint-subcommittee; {@code measure} (TRANSFER_TO_OTHER_DUTY or
 * SUSPENSION), {@code orderedBy} and {@code orderedAt} for record-interim-measure; an optional {@code note}.
 */
public record CaseActionRequest(@Size(max = 20) List<@Size(max = 200) String> members, InterimMeasureKind measure,
        @Size(max = 200) String orderedBy, OffsetDateTime orderedAt, @Size(max = 2000) String note) {

    ActionDetails details() {
        return new ActionDetails(members == null ? List.of() : members, measure, orderedBy,
                orderedAt == null ? null : orderedAt.toInstant(), note);
    }
}
