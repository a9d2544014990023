package th.bma.anticorruption.cases.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The compound indexes behind the officers' list, one per leading filter, each shaped equality-then-sort: the
 * filter's field(s) first, then the list order with {@code _id} last, so a page is read in index order (no
 * in-memory sort) and pages stay stable when cases share a timestamp. Other filters of the same request are applied
 * to the documents this index range yields, which is bounded by the leading filter.
 */
public enum CaseListIndex {

    /** No filter: every case, newest complaint first. */
    RECEIVED("list_received", List.of(), Order.NEWEST_FIRST),
    /** A complaint id: at most one case, found through the unique index the store keeps anyway. */
    COMPLAINT(CaseStore.COMPLAINT_UNIQUE, List.of("complaintId"), Order.NONE),
    /** A destination filter or a unit officer's scope. */
    DESTINATION("list_destination", List.of("routing.destination.code"), Order.NEWEST_FIRST),
    STALE("list_stale", List.of("stale"), Order.NEWEST_FIRST),
    DISTRICT("list_district", List.of("district"), Order.NEWEST_FIRST),
    LINE_OF_WORK("list_line_of_work", List.of("lineOfWork"), Order.NEWEST_FIRST),
    STATE("list_state", List.of("state"), Order.NEWEST_FIRST),
    DISPOSITION("list_disposition", List.of("disposition"), Order.NEWEST_FIRST),
    /** Due soon or overdue: the deadline's status (equality or $in), then the due time range, earliest first. */
    DEADLINE("list_deadline", List.of("deadline.status"), Order.EARLIEST_DUE_FIRST),
    /** Due soon or overdue within a destination or a unit officer's scope. */
    DESTINATION_DEADLINE("list_destination_deadline", List.of("routing.destination.code", "deadline.status"),
            Order.EARLIEST_DUE_FIRST),
    /** The director's follow-up list: cases listed since a date, the longest listed first. */
    FOLLOW_UP("list_follow_up", List.of(), Order.LONGEST_LISTED_FIRST),
    /** A unit officer's part of the follow-up list. */
    DESTINATION_FOLLOW_UP("list_destination_follow_up", List.of("routing.destination.code"),
            Order.LONGEST_LISTED_FIRST);

    private final String indexName;
    private final List<String> equalityFields;
    private final Order order;

    CaseListIndex(String indexName, List<String> equalityFields, Order order) {
        this.indexName = indexName;
        this.equalityFields = equalityFields;
        this.order = order;
    }

    public String indexName() {
        return indexName;
    }

    /** The fields the query must constrain by equality (or $in), in index order. */
    public List<String> equalityFields() {
        return equalityFields;
    }

    /** The list order: the index's keys after the equality fields. */
    public Sort sort() {
        return order.sort;
    }

    /** Every key of the index, in order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(equalityFields);
        order.sort.forEach(o -> keys.add(o.getProperty()));
        return keys;
    }

    /** The index to create, unless it is the store's unique complaint index, which exists already. */
    Optional<Index> indexToCreate() {
        if (this == COMPLAINT) {
            return Optional.empty();
        }
        Index index = new Index().named(indexName);
        equalityFields.forEach(field -> index.on(field, Sort.Direction.ASC));
        order.sort.forEach(o -> index.on(o.getProperty(), o.getDirection()));
        return Optional.of(index);
    }

    /** The orders of the list. */
    enum Order {
        NONE(Sort.unsorted()),
        NEWEST_FIRST(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id"))),
        EARLIEST_DUE_FIRST(Sort.by(Sort.Order.asc("deadline.dueAt"), Sort.Order.asc("_id"))),
        LONGEST_LISTED_FIRST(Sort.by(Sort.Order.asc("followUp.since"), Sort.Order.asc("_id")));

        private final Sort sort;

        Order(Sort sort) {
            this.sort = sort;
        }
    }
}
