package th.bma.anticorruption.statistics.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the figures of a month are made of, in memory: how many complaints stand under each combination of counted
 * fields, when each open deadline falls due, and the screened-out records and tallies by channel. The publisher
 * recomputes a changed month every quarter of a second; reading these instead of aggregating the month's documents
 * makes that cost independent of the month's size.
 * <p>
 * A month is loaded from the documents the first time it is asked for ({@link #loaded}) and from then on moved by
 * every change the read model makes ({@link #changing}): a snapshot that replaced another moves one complaint from
 * the old combination to the new, a screened-out record or tally inserted for the first time adds to its channel.
 * Writes and their moves run under a shared lock, a load under an exclusive one, so a load never sees a write whose
 * move is still to come. A write that fails part-way forgets its months ({@link #forget}), which are loaded again
 * from the documents. Exact for one instance of the service, as it is deployed: another instance's writes do not
 * move this one's tallies.
 */
final class MonthTallies {

    /** One month's tallies. Keys of {@link #complaints} are the counted fields' values, in the read model's order. */
    static final class Month {
        final Map<List<Object>, Long> complaints = new ConcurrentHashMap<>();
        /** Open deadlines by due instant (epoch milliseconds). */
        final ConcurrentNavigableMap<Long, Long> openDeadlines = new ConcurrentSkipListMap<>();
        /** Screened-out records by channel and category. */
        final Map<List<String>, Long> screenedOut = new ConcurrentHashMap<>();
        /** Screened-out tallies (CSV imports) by channel. */
        final Map<String, Long> tallied = new ConcurrentHashMap<>();

        long dueBetween(Instant from, Duration within) {
            return openDeadlines.subMap(from.toEpochMilli(), true, from.plus(within).toEpochMilli(), true).values()
                    .stream().mapToLong(Long::longValue).sum();
        }

        void complaint(List<Object> counted, long n) {
            add(complaints, counted, n);
        }

        void openDeadline(long dueAtMillis, long n) {
            add(openDeadlines, dueAtMillis, n);
        }

        void screenedOut(String channel, String category, long n) {
            add(screenedOut, Arrays.asList(channel, category), n);
        }

        void tallied(String channel, long n) {
            add(tallied, channel, n);
        }

        private static <K> void add(Map<K, Long> counts, K key, long n) {
            counts.merge(key, n, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Map<YearMonth, Month> months = new ConcurrentHashMap<>();

    /**
     * The tallies of each month asked for, loading those not held yet with {@code load} (given the missing months,
     * returns their tallies) while no write runs.
     */
    Map<YearMonth, Month> loaded(Collection<YearMonth> wanted, Function<Set<YearMonth>, Map<YearMonth, Month>> load) {
        Set<YearMonth> missing = new TreeSet<>(wanted);
        missing.removeAll(months.keySet());
        if (!missing.isEmpty()) {
            lock.writeLock().lock();
            try {
                missing.removeAll(months.keySet());
                if (!missing.isEmpty()) {
                    Map<YearMonth, Month> fresh = load.apply(missing);
                    for (YearMonth month : missing) {
                        months.put(month, fresh.getOrDefault(month, new Month()));
                    }
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        Map<YearMonth, Month> held = new TreeMap<>();
        for (YearMonth month : wanted) {
            Month tally = months.get(month);
            held.put(month, tally == null ? new Month() : tally);
        }
        return held;
    }

    /** Runs a write of the read model and the moves it makes, never during a load. */
    <T> T changing(Supplier<T> write) {
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The month's tallies if held (a month not held is loaded from the documents when asked for). */
    Month held(YearMonth month) {
        return month == null ? null : months.get(month);
    }

    /** Forgets months whose documents changed without their moves (a write that failed part-way). */
    void forget(Collection<YearMonth> changed) {
        changed.forEach(months::remove);
    }

    /** Forgets every month (the read model was dropped or loaded in bulk). */
    void forgetAll() {
        months.clear();
    }
}
