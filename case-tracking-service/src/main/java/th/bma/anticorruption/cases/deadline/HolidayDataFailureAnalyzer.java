package th.bma.anticorruption.cases.deadline;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which holiday years are missing and the ways out, instead of a stack trace. */
class HolidayDataFailureAnalyzer extends AbstractFailureAnalyzer<HolidayDataMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HolidayDataMissingException cause) {
        String years = cause.missingYears().toString();
        return new FailureAnalysis(cause.getMessage(),
                "Add the Thai government holidays of " + years + " as thai-public-holidays-<year>.csv"
                        + " (yyyy-MM-dd,nameTh,nameEn per line, sources in # comments) where cases.timing.holidays"
                        + " points (" + cause.location() + "), or count calendar days"
                        + " (cases.timing.counting=CALENDAR).",
                cause);
    }
}
