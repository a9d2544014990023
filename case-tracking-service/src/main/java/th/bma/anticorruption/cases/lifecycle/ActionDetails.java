package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

import th.bma.anticorruption.contracts.OperationsCentreOrder;

/**
 * What an action says beyond its name: subcommittee {@code members}; an interim measure's {@code measure},
 * {@code orderedBy}, {@code orderedAt} and {@code reviewBy}, or the {@code measureId} of the one reviewed or ended;
 * ศปท.กทม.'s {@code order} (with {@code orderedAt}, the day it was given); a free {@code note} for officers. Each
 * action checks what it needs.
 */
public record ActionDetails(List<String> members, InterimMeasureKind measure, String orderedBy, Instant orderedAt,
        String note, OperationsCentreOrder order, String measureId, Instant reviewBy) {

    public static ActionDetails none() {
        return note(null);
    }

    public static ActionDetails note(String note) {
        return new ActionDetails(List.of(), null, null, null, note, null, null, null);
    }

    /** The same details with another note (the masked copy of what the officer wrote). */
    public ActionDetails withNote(String otherNote) {
        return new ActionDetails(members, measure, orderedBy, orderedAt, otherNote, order, measureId, reviewBy);
    }
}
