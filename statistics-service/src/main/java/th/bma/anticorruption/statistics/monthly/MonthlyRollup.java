package th.bma.anticorruption.statistics.monthly;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.contracts.MonthlyStatistics.DeadlineFigures;

/**
 * Folds the counted complaints of a period into the figures of the centre's report. Every line of work, every
 * disposition and every internal-track outcome is named, with zeros; channels, districts and screened-out channels appear only when they have
 * complaints (the shape of the monthly statistics API), screened-out categories only when they have records. A complaint without a district counts under {@value #NO_DISTRICT}.
 */
public final class MonthlyRollup {

    /** The {@code byDistrict} key of complaints whose channel gave no district ("not stated"). */
    public static final String NO_DISTRICT = "ไม่ระบุ";

    private long received;
    private final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    private final Map<LineOfWork, Long> byLineOfWork = new EnumMap<>(LineOfWork.class);
    private final Map<Channel, Map<LineOfWork, Long>> byChannelAndLineOfWork = new EnumMap<>(Channel.class);
    private final Map<Disposition, Long> byDisposition = new EnumMap<>(Disposition.class);
    private final Map<String, Long> byDistrict = new TreeMap<>();
    private final Map<Channel, Long> screenedOutByChannel = new EnumMap<>(Channel.class);
    private final Map<Channel, Map<String, Long>> screenedOutByCategory = new EnumMap<>(Channel.class);
    private final Map<ClosureOutcome, Long> internalTrackOutcomes = new EnumMap<>(ClosureOutcome.class);
    private long openDeadlines;
    private long breachedDeadlines;
    private long deadlinesMetOnTime;
    private long deadlinesDueWithin7Days;

    public MonthlyRollup() {
        for (LineOfWork line : LineOfWork.values()) {
            byLineOfWork.put(line, 0L);
        }
        for (Disposition disposition : Disposition.values()) {
            byDisposition.put(disposition, 0L);
        }
        for (ClosureOutcome outcome : ClosureOutcome.values()) {
            internalTrackOutcomes.put(outcome, 0L);
        }
    }

    public MonthlyRollup count(ComplaintCount row) {
        long n = row.count();
        received += n;
        byChannel.merge(row.channel(), n, Long::sum);
        byLineOfWork.merge(row.lineOfWork(), n, Long::sum);
        byChannelAndLineOfWork.computeIfAbsent(row.channel(), c -> zeroPerLineOfWork())
                .merge(row.lineOfWork(), n, Long::sum);
        byDisposition.merge(row.disposition(), n, Long::sum);
        String district = row.district() == null || row.district().isBlank() ? NO_DISTRICT : row.district();
        byDistrict.merge(district, n, Long::sum);
        if (row.deadlineStatus() == DeadlineStatus.OPEN) {
            openDeadlines += n;
        } else if (row.deadlineStatus() == DeadlineStatus.BREACHED) {
            breachedDeadlines += n;
        } else if (row.deadlineStatus() == DeadlineStatus.MET && row.metOnTime()) {
            deadlinesMetOnTime += n;
        }
        if (row.internalTrackOutcome() != null) {
            internalTrackOutcomes.merge(row.internalTrackOutcome(), n, Long::sum);
        }
        return this;
    }

    /** Open deadlines falling due in the next seven days: depends on the time of computation, so counted apart. */
    public MonthlyRollup dueWithin7Days(long n) {
        deadlinesDueWithin7Days += n;
        return this;
    }

    public MonthlyRollup screenedOut(Channel channel, long n) {
        screenedOutByChannel.merge(channel, n, Long::sum);
        return this;
    }

    /** Screened-out records of a channel with the channel's category label ({@code category} null: none). */
    public MonthlyRollup screenedOut(Channel channel, String category, long n) {
        screenedOut(channel, n);
        if (category != null && !category.isBlank()) {
            screenedOutByCategory.computeIfAbsent(channel, c -> new TreeMap<>()).merge(category, n, Long::sum);
        }
        return this;
    }

    public PeriodFigures figures() {
        Map<String, Map<String, Long>> channelAndLine = new LinkedHashMap<>();
        byChannelAndLineOfWork.forEach((channel, lines) -> channelAndLine.put(channel.name(), named(lines)));
        Map<String, Map<String, Long>> screenedOutCategories = new LinkedHashMap<>();
        screenedOutByCategory.forEach((channel, labels) ->
                screenedOutCategories.put(channel.name(), new LinkedHashMap<>(labels)));
        return new PeriodFigures(new MonthlyStatistics(null, null, received, named(byChannel), named(byLineOfWork),
                channelAndLine, named(byDisposition), new LinkedHashMap<>(byDistrict),
                new DeadlineFigures(openDeadlines, deadlinesDueWithin7Days, breachedDeadlines, deadlinesMetOnTime),
                named(screenedOutByChannel), named(internalTrackOutcomes), screenedOutCategories));
    }

    private static Map<LineOfWork, Long> zeroPerLineOfWork() {
        Map<LineOfWork, Long> lines = new EnumMap<>(LineOfWork.class);
        for (LineOfWork line : LineOfWork.values()) {
            lines.put(line, 0L);
        }
        return lines;
    }

    private static <E extends Enum<E>> Map<String, Long> named(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, value) -> named.put(key.name(), value));
        return named;
    }
}
