package th.bma.anticorruption.statistics.editions;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where month editions are kept: each written once and never changed. */
public interface MonthEditionArchive {

    /** Keeps an edition unless it is kept already; returns whether this call kept it. */
    boolean keep(MonthEdition edition);

    /** The month's editions, oldest first. */
    List<MonthEdition> editions(YearMonth month);

    Optional<MonthEdition> edition(YearMonth month, int number);

    /** The latest month that has an edition. */
    Optional<YearMonth> latestMonth();
}
