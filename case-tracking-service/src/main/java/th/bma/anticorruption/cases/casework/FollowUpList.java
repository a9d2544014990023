package th.bma.anticorruption.cases.casework;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

import th.bma.anticorruption.cases.store.CaseListIndex;
import th.bma.anticorruption.cases.store.CaseListQuery;

/**
 * The director's follow-up list: every case a breach, staleness, reports without progress or an overdue review of
 * an interim measure put on it, until the director records what was done; the longest listed first. A unit officer
 * gets the part of it that is theirs. Listed cases carry {@code followUp.since}; the range from the epoch (every
 * listing date lies after it) keeps the index range to listed cases.
 */
public final class FollowUpList {

    private FollowUpList() {
    }

    /** The list, confined to {@code scope} (a directory code) when not null. */
    public static CaseListQuery query(String scope) {
        Criteria listed = where("followUp.since").gte(Instant.EPOCH);
        if (scope == null) {
            return new CaseListQuery(listed, CaseListIndex.FOLLOW_UP);
        }
        return new CaseListQuery(new Criteria().andOperator(where("routing.destination.code").is(scope), listed),
                CaseListIndex.DESTINATION_FOLLOW_UP);
    }
}
