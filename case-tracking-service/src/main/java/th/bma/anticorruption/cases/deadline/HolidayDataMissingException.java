package th.bma.anticorruption.cases.deadline;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Working-day counting is configured but the holiday calendar lacks years that deadlines starting now can reach:
 * the service refuses to start rather than count those years' holidays as working days.
 * {@link HolidayDataFailureAnalyzer} explains it at start-up.
 */
public class HolidayDataMissingException extends RuntimeException {

    private final SortedSet<Integer> missingYears;
    private final String location;

    public HolidayDataMissingException(SortedSet<Integer> missingYears, String location, LocalDate today,
            LocalDate horizon) {
        super("Deadlines count working days (cases.timing.counting=BUSINESS), but the holiday calendar at '"
                + location + "' holds no holidays for " + missingYears + ", which deadlines counted from " + today
                + " can reach (up to " + horizon + ", cases.timing.holidays-required-ahead).");
        this.missingYears = missingYears;
        this.location = location;
    }

    public SortedSet<Integer> missingYears() {
        return missingYears;
    }

    public String location() {
        return location;
    }
}
