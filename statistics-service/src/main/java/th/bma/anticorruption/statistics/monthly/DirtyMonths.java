package th.bma.anticorruption.statistics.monthly;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Months whose figures may have changed since they were last published. Consumers mark them; the publisher drains
 * them every few hundred milliseconds, so a burst of a thousand events for one month costs one recomputation.
 */
public final class DirtyMonths {

    private final Set<YearMonth> months = new TreeSet<>();

    public synchronized void mark(Collection<YearMonth> changed) {
        months.addAll(changed);
    }

    public synchronized Set<YearMonth> drain() {
        Set<YearMonth> drained = new TreeSet<>(months);
        months.clear();
        return drained;
    }
}
