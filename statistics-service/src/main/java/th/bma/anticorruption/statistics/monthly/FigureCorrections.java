package th.bma.anticorruption.statistics.monthly;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed in a period's figures since an edition was taken: the figures at {@code asOf} minus the edition's,
 * figure by figure, under the figures' own JSON names, which stand unwrapped beside {@code asOf} in JSON. A number
 * ({@code received}) gives its change, always; a map of counts names only the keys whose count changed (a complaint
 * completed since: {@code byDisposition} {@code {"COMPLETED": 1, "FORWARDED_TO_UNIT": -1}}), nested maps likewise
 * with the unchanged inner maps left out, and {@code deadlines} is a map of its named numbers. So an edition that
 * still holds has {@code received} 0 and empty maps. Computed over the figures as data, every figure the period has
 * is corrected without being named here.
 *
 * @param changes each figure's change by its name: a {@code Long}, or a map of {@code Long} or of such maps
 */
public record FigureCorrections(OffsetDateTime asOf, @JsonAnyGetter Map<String, Object> changes) {

    public FigureCorrections {
        changes = Collections.unmodifiableMap(changes);
    }

    /** The corrections that turn {@code edition} into {@code now}. */
    public static FigureCorrections between(PeriodFigures edition, PeriodFigures now, OffsetDateTime asOf) {
        return new FigureCorrections(asOf, difference(tree(edition), tree(now), true));
    }

    /** The change of a number figure, e.g. {@code received}. */
    public long count(String figure) {
        return changes.get(figure) instanceof Long change ? change : 0;
    }

    /** The changed counts of a flat map figure, e.g. {@code byDisposition}; empty when none changed. */
    public Map<String, Long> counts(String figure) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (changes.get(figure) instanceof Map<?, ?> changed) {
            changed.forEach((key, change) -> counts.put((String) key, (Long) change));
        }
        return counts;
    }

    /** Whether the edition still holds: nothing changed. */
    public boolean none() {
        return changes.values().stream().allMatch(FigureCorrections::unchanged);
    }

    private static JsonNode tree(PeriodFigures figures) {
        return JsonMapper.shared().valueToTree(figures);
    }

    /** {@code after} minus {@code before}, name by name; {@code everyName}: unchanged names too (0, empty map). */
    private static Map<String, Object> difference(JsonNode before, JsonNode after, boolean everyName) {
        Set<String> names = new LinkedHashSet<>(before.propertyNames());
        names.addAll(after.propertyNames());
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode was = before.path(name);
            JsonNode is = after.path(name);
            Object change = was.isNumber() || is.isNumber() ? (Object) (number(is) - number(was))
                    : difference(was, is, false);
            if (everyName || !unchanged(change)) {
                changed.put(name, change);
            }
        }
        return changed;
    }

    private static long number(JsonNode node) {
        return node.isNumber() ? node.longValue() : 0;
    }

    private static boolean unchanged(Object change) {
        return change instanceof Long n ? n == 0 : ((Map<?, ?>) change).isEmpty();
    }
}
