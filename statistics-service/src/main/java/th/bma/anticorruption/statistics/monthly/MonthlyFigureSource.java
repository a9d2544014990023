package th.bma.anticorruption.statistics.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** Where the figures of months come from: the read model, which keeps every complaint's latest state and history. */
public interface MonthlyFigureSource {

    /** The figures of a set of months taken together; "due within 7 days" is judged at {@code now}. */
    MonthlyRollup rollup(Collection<YearMonth> months, Instant now);

    /** The figures of each month of a set, computed together. */
    Map<YearMonth, MonthlyRollup> rollupEach(Collection<YearMonth> months, Instant now);

    /** The figures of a month as the platform knew them at {@code asOf}. */
    MonthlyRollup rollupAsOf(YearMonth month, Instant asOf);

    /** The earliest moment {@link #rollupAsOf} can answer for: when the history of changes began. */
    Instant historySince();
}
