package th.bma.anticorruption.statistics.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;

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
import th.bma.anticorruption.statistics.report.MonthlyReport;
import th.bma.anticorruption.statistics.report.StatisticsCsv;
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

    @GetMapping(value = "/monthly/{month}/report", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "The centre's monthly report as text",
            description = "In the form of the report given to the Governor's meeting: Thai (Buddhist Era, "
                    + "abbreviated months; digits=thai for Thai digits) or English; month to date for the current month.")
    String report(@PathVariable String month,
            @Parameter(description = "th or en") @RequestParam(defaultValue = "th") String lang,
            @Parameter(description = "arabic or thai (Thai report only)") @RequestParam(defaultValue = "arabic")
            String digits) {
        YearMonth current = queries.currentMonth();
        YearMonth reported = month(month, current);
        MonthlyReport.Language language = switch (lang) {
            case "th" -> MonthlyReport.Language.TH;
            case "en" -> MonthlyReport.Language.EN;
            default -> throw RequestRejectedException.of("lang", "th|en", "The language must be th or en.");
        };
        if (!digits.equals("thai") && !digits.equals("arabic")) {
            throw RequestRejectedException.of("digits", "thai|arabic", "Digits must be thai or arabic.");
        }
        MonthlyStatistics statistics = queries.month(reported);
        LocalDate monthToDate = reported.equals(current) ? queries.now().toLocalDate() : null;
        return MonthlyReport.render(statistics, monthToDate, language, digits.equals("thai"));
    }

    @GetMapping(value = "/monthly/{month}.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "A month's figures as CSV", description = "One row per figure: month,figure,key,subkey,count.")
    ResponseEntity<String> csv(@PathVariable String month) {
        YearMonth reported = month(month, queries.currentMonth());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistics-" + StatisticsCalendar.key(reported) + ".csv").build().toString())
                .body(StatisticsCsv.of(queries.month(reported)));
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
