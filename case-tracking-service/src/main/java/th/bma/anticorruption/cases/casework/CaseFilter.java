package th.bma.anticorruption.cases.casework;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * The officers' list filters. {@code due=soon}: an open deadline within {@link #SOON}; {@code due=overdue}: a
 * deadline breached or past. Any null filter is not applied.
 */
public record CaseFilter(String complaintId, CaseState state, Disposition disposition, String destination,
        String district, LineOfWork lineOfWork, Due due, Boolean stale) {

    public static final Duration SOON = Duration.ofDays(7);

    /** The deadline filter. */
    public enum Due {
        SOON, OVERDUE
    }

    /** The criteria for these filters, confined to {@code scope} (a directory code) when not null. */
    public Criteria toCriteria(String scope, Instant now) {
        List<Criteria> all = new ArrayList<>();
        if (scope != null) {
            all.add(where("routing.destination.code").is(scope));
        }
        if (complaintId != null) {
            all.add(where("complaintId").is(complaintId));
        }
        if (state != null) {
            all.add(where("state").is(state));
        }
        if (disposition != null) {
            all.add(where("disposition").is(disposition));
        }
        if (destination != null) {
            all.add(where("routing.destination.code").is(destination));
        }
        if (district != null) {
            all.add(where("district").is(district));
        }
        if (lineOfWork != null) {
            all.add(where("lineOfWork").is(lineOfWork));
        }
        if (stale != null) {
            all.add(where("stale").is(stale));
        }
        if (due == Due.SOON) {
            all.add(where("deadline.status").is(DeadlineStatus.OPEN));
            all.add(where("deadline.dueAt").gte(now).lte(now.plus(SOON)));
        } else if (due == Due.OVERDUE) {
            all.add(new Criteria().orOperator(where("deadline.status").is(DeadlineStatus.BREACHED),
                    new Criteria().andOperator(where("deadline.status").is(DeadlineStatus.OPEN),
                            where("deadline.dueAt").lt(now))));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
