package th.bma.anticorruption.statistics.web;

import java.time.YearMonth;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.FiscalYearStatistics;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** The statistics of CONTRACT.md as JSON: a month (month to date for the current one) and a fiscal year. */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics", description = "Live monthly and fiscal-year complaint figures of the monitoring centre")
class StatisticsController {

    private final MonthlyStatisticsQueries queries;

    StatisticsController(MonthlyStatisticsQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/monthly/{month}")
    @Operation(summary = "A month's figures",
            description = "Complaints counted in the Bangkok month their channel received them, each under its "
                    + "current disposition; month to date for the current month. asOf is the time of computation.")
    MonthlyStatistics month(@Parameter(description = "yyyy-MM, e.g. 2023-02") @PathVariable String month) {
        return queries.month(month(month, queries.currentMonth()));
    }

    @GetMapping("/fiscal-year/{year}")
    @Operation(summary = "A fiscal year's figures",
            description = "The twelve months from 1 October of the year before to 30 September of {year} (CE, the "
                    + "year the fiscal year ends; a Buddhist Era year such as 2566 is accepted too).")
    FiscalYearStatistics fiscalYear(@Parameter(description = "yyyy, e.g. 2023 or 2566") @PathVariable String year) {
        if (!year.matches("\\d{4}")) {
            throw RequestRejectedException.of("year", "yyyy", "The fiscal year must be four digits, e.g. 2023.");
        }
        int fiscalYear = Integer.parseInt(year);
        if (fiscalYear >= 2400) {
            fiscalYear -= 543;
        }
        int current = StatisticsCalendar.fiscalYearOf(queries.currentMonth());
        if (fiscalYear > current || fiscalYear < 1900) {
            throw RequestRejectedException.of("year", "not-future",
                    "The fiscal year must not be later than the current one.");
        }
        return queries.fiscalYear(fiscalYear);
    }

    /** Parses and checks the month of a path; shared with the report and export endpoints. */
    static YearMonth month(String text, YearMonth current) {
        YearMonth month = StatisticsCalendar.parseMonth(text).orElseThrow(() -> RequestRejectedException.of(
                "month", "yyyy-MM", "The month must be written yyyy-MM, e.g. 2023-02."));
        if (month.isAfter(current)) {
            throw RequestRejectedException.of("month", "not-future", "The month must not be later than the current one.");
        }
        return month;
    }
}
