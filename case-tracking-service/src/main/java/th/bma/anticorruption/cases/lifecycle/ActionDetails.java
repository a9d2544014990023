package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * What an action says beyond its name: subcommittee {@code members}; an interim measure's {@code measure},
 * {@code orderedBy} and {@code orderedAt}; a free {@code note} for officers. Each action checks what it needs.
 */
public record ActionDetails(List<String> members, InterimMeasureKind measure, String orderedBy, Instant orderedAt,
        String note) {

    public static ActionDetails none() {
        return new ActionDetails(List.of(), null, null, null, null);
    }

    public static ActionDetails note(String note) {
        return new ActionDetails(List.of(), null, null, null, note);
    }
}
