package th.bma.anticorruption.cases.casework;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.store.CaseListIndex;
import th.bma.anticorruption.cases.store.CaseListQuery;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * The officers' list filters. {@code due=soon}: an open deadline due within {@link #SOON}; {@code due=overdue}: an
 * open or breached deadline whose due time has passed. Any null filter is not applied. The list is newest complaint
 * first, or earliest due first when a due filter is given; each request is served by the {@link CaseListIndex} of its
 * most selective filter (a complaint id, then the destination or the caller's scope, then the deadline, staleness,
 * district, line of work, state, disposition).
 */
public record CaseFilter(String complaintId, CaseState state, Disposition disposition, String destination,
        String district, LineOfWork lineOfWork, Due due, Boolean stale) {

    public static final Duration SOON = Duration.ofDays(7);

    /** The deadline filter. */
    public enum Due {
        SOON, OVERDUE
    }

    /** The query for these filters, confined to {@code scope} (a directory code) when not null. */
    public CaseListQuery toQuery(String scope, Instant now) {
        List<Criteria> all = new ArrayList<>();
        if (scope != null) {
            all.add(where("routing.destination.code").is(scope));
        }
        if (destination != null) {
            all.add(where("routing.destination.code").is(destination));
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
            // A breached deadline is always past due, so one range on the due time serves both statuses.
            all.add(where("deadline.status").in(DeadlineStatus.OPEN, DeadlineStatus.BREACHED));
            all.add(where("deadline.dueAt").lt(now));
        }
        return new CaseListQuery(combined(all), indexFor(scope != null || destination != null));
    }

    /**
     * One filter stands alone rather than inside an {@code $and} of one: the same query to MongoDB, and the only
     * shape in which the embedded MongoDB of the local run looks a complaint id up in its unique index instead of
     * reading every case.
     */
    private static Criteria combined(List<Criteria> all) {
        if (all.isEmpty()) {
            return new Criteria();
        }
        return all.size() == 1 ? all.get(0) : new Criteria().andOperator(all);
    }

    private CaseListIndex indexFor(boolean byDestination) {
        if (complaintId != null) {
            return CaseListIndex.COMPLAINT;
        }
        if (due != null) {
            return byDestination ? CaseListIndex.DESTINATION_DEADLINE : CaseListIndex.DEADLINE;
        }
        if (byDestination) {
            return CaseListIndex.DESTINATION;
        }
        if (Boolean.TRUE.equals(stale)) {
            return CaseListIndex.STALE;
        }
        if (district != null) {
            return CaseListIndex.DISTRICT;
        }
        if (lineOfWork != null) {
            return CaseListIndex.LINE_OF_WORK;
        }
        if (state != null) {
            return CaseListIndex.STATE;
        }
        if (disposition != null) {
            return CaseListIndex.DISPOSITION;
        }
        return stale != null ? CaseListIndex.STALE : CaseListIndex.RECEIVED;
    }
}
