package th.bma.anticorruption.statistics.monthly;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import th.bma.anticorruption.contracts.MonthlyStatistics.DeadlineFigures;

/**
 * What changed in a period's figures since an edition was taken: the figures at {@code asOf} minus the edition's,
 * field by field. {@code received} is always given; every map names only the keys whose count changed (a complaint
 * completed since: {@code byDisposition} {@code {"COMPLETED": 1, "FORWARDED_TO_UNIT": -1}}), so an edition that still
 * holds has {@code received} 0 and empty maps.
 */
public record FigureCorrections(
        OffsetDateTime asOf,
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byLineOfWork,
        Map<String, Map<String, Long>> byChannelAndLineOfWork,
        Map<String, Long> byDisposition,
        Map<String, Long> byDistrict,
        Map<String, Long> deadlines,
        Map<String, Long> screenedOutByChannel,
        Map<String, Long> internalTrackOutcomes) {

    /** The corrections that turn {@code edition} into {@code now}. */
    public static FigureCorrections between(PeriodFigures edition, PeriodFigures now, OffsetDateTime asOf) {
        Map<String, Map<String, Long>> channelAndLine = new LinkedHashMap<>();
        for (String channel : keys(edition.byChannelAndLineOfWork(), now.byChannelAndLineOfWork())) {
            Map<String, Long> lines = difference(edition.byChannelAndLineOfWork().get(channel),
                    now.byChannelAndLineOfWork().get(channel));
            if (!lines.isEmpty()) {
                channelAndLine.put(channel, lines);
            }
        }
        return new FigureCorrections(asOf, now.received() - edition.received(),
                difference(edition.byChannel(), now.byChannel()),
                difference(edition.byLineOfWork(), now.byLineOfWork()),
                channelAndLine,
                difference(edition.byDisposition(), now.byDisposition()),
                difference(edition.byDistrict(), now.byDistrict()),
                difference(deadlines(edition.deadlines()), deadlines(now.deadlines())),
                difference(edition.screenedOutByChannel(), now.screenedOutByChannel()),
                difference(edition.internalTrackOutcomes(), now.internalTrackOutcomes()));
    }

    /** Whether the edition still holds: nothing changed. */
    public boolean none() {
        return received == 0 && byChannel.isEmpty() && byLineOfWork.isEmpty() && byChannelAndLineOfWork.isEmpty()
                && byDisposition.isEmpty() && byDistrict.isEmpty() && deadlines.isEmpty()
                && screenedOutByChannel.isEmpty() && internalTrackOutcomes.isEmpty();
    }

    private static Map<String, Long> deadlines(DeadlineFigures figures) {
        Map<String, Long> named = new LinkedHashMap<>();
        if (figures != null) {
            named.put("open", figures.open());
            named.put("dueWithin7Days", figures.dueWithin7Days());
            named.put("breached", figures.breached());
            named.put("metOnTime", figures.metOnTime());
        }
        return named;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new LinkedHashMap<>();
        for (String key : keys(before, after)) {
            long delta = count(after, key) - count(before, key);
            if (delta != 0) {
                changed.put(key, delta);
            }
        }
        return changed;
    }

    private static <V> Set<String> keys(Map<String, V> before, Map<String, V> after) {
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        return keys;
    }

    private static long count(Map<String, Long> counts, String key) {
        return counts == null ? 0 : counts.getOrDefault(key, 0L);
    }
}
