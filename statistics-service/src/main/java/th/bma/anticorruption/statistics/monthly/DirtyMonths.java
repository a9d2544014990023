package th.bma.anticorruption.statistics.monthly;

import java.time.Duration;
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
    private long lastMarkedNanos = System.nanoTime();

    public synchronized void mark(Collection<YearMonth> changed) {
        months.addAll(changed);
        if (!changed.isEmpty()) {
            lastMarkedNanos = System.nanoTime();
        }
    }

    /**
     * Whether no month was marked for at least {@code quiet}: a replay marks months with every batch, so the
     * publisher of a rebuild waits for the replay to go quiet. Elapsed time on the JVM's monotonic clock: this paces
     * work, it is no business time.
     */
    public synchronized boolean quietFor(Duration quiet) {
        return System.nanoTime() - lastMarkedNanos >= quiet.toNanos();
    }

    public synchronized Set<YearMonth> drain() {
        Set<YearMonth> drained = new TreeSet<>(months);
        months.clear();
        return drained;
    }
}
