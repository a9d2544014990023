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

/**
 * The statistics as JSON, text and CSV: a month (month to date for the current one), live or as the platform knew
 * them at a past moment ({@code asOf}), and a fiscal year.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics", description = "Monthly and fiscal-year complaint figures of the monitoring centre: live, as of a "
        + "past moment, and the month editions kept at each month's end")
class StatisticsController {

    static final String AS_OF = "A past moment: the figures as the platform knew them then (each complaint under "
            + "the disposition, line of work and deadline status it had then, by when the platform learned each "
            + "change). An ISO-8601 instant with an offset (2023-04-21T16:00:00+07:00; write + as %2B in a query "
            + "string) or a date (2023-04-21), meaning the end of that day in Bangkok, or now if it is today. "
            + "Not later than now and not before the month began (400, field asOf, rules iso-8601, not-future, "
            + "not-before-month), nor before the history of changes began (409, rule not-before-history: a "
            + "statistics database upgraded, not rebuilt). Without it: the live figures.";

    private final MonthlyStatisticsQueries queries;

    StatisticsController(MonthlyStatisticsQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/monthly/{month}")
    @Operation(summary = "A month's figures",
            description = "Complaints counted in the Bangkok month their channel received them, each under its "
                    + "current disposition; month to date for the current month. asOf is the time of computation, "
                    + "or the moment asked for.")
    MonthlyStatistics month(@Parameter(description = "yyyy-MM, e.g. 2023-02") @PathVariable String month,
            @Parameter(description = AS_OF, example = "2023-04-21") @RequestParam(required = false) String asOf) {
        return figures(month(month, queries.currentMonth()), asOf);
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
                    + "abbreviated months; digits=thai for Thai digits) or English; month to date for the current "
                    + "month, or for a month asked asOf a day within it (1–21 เม.ย. 66). What the platform counts "
                    + "beyond the centre's report follows in a separate part headed 'ส่วนเพิ่มเติม' / 'Additions'.")
    String report(@PathVariable String month,
            @Parameter(description = "th or en") @RequestParam(defaultValue = "th") String lang,
            @Parameter(description = "arabic or thai (Thai report only)") @RequestParam(defaultValue = "arabic")
            String digits,
            @Parameter(description = AS_OF, example = "2023-04-21") @RequestParam(required = false) String asOf) {
        YearMonth reported = month(month, queries.currentMonth());
        MonthlyReport.Language language = language(lang);
        boolean thaiDigits = thaiDigits(digits);
        MonthlyStatistics statistics = figures(reported, asOf);
        return MonthlyReport.render(statistics, monthToDate(reported, statistics), language, thaiDigits);
    }

    @GetMapping(value = "/monthly/{month}.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "A month's figures as CSV", description = "One row per figure: month,figure,key,subkey,count.")
    ResponseEntity<String> csv(@PathVariable String month,
            @Parameter(description = AS_OF, example = "2023-04-21") @RequestParam(required = false) String asOf) {
        YearMonth reported = month(month, queries.currentMonth());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistics-" + StatisticsCalendar.key(reported) + ".csv").build().toString())
                .body(StatisticsCsv.of(figures(reported, asOf)));
    }

    /** The live figures, or those at the moment {@code asOf} names. */
    private MonthlyStatistics figures(YearMonth month, String asOf) {
        return AsOfParameter.parse(asOf, month, queries.now().toInstant())
                .map(moment -> {
                    AsOfParameter.requireHistory(moment, queries.historySince());
                    return queries.monthAsOf(month, moment);
                })
                .orElseGet(() -> queries.month(month));
    }

    /** The last day the figures cover if they were taken before the month ended, else null (the whole month). */
    static LocalDate monthToDate(YearMonth month, MonthlyStatistics statistics) {
        return statistics.asOf().toInstant().isBefore(StatisticsCalendar.endOf(month))
                ? statistics.asOf().atZoneSameInstant(StatisticsCalendar.BANGKOK).toLocalDate() : null;
    }

    static MonthlyReport.Language language(String lang) {
        return switch (lang) {
            case "th" -> MonthlyReport.Language.TH;
            case "en" -> MonthlyReport.Language.EN;
            default -> throw RequestRejectedException.of("lang", "th|en", "The language must be th or en.");
        };
    }

    static boolean thaiDigits(String digits) {
        if (!digits.equals("thai") && !digits.equals("arabic")) {
            throw RequestRejectedException.of("digits", "thai|arabic", "Digits must be thai or arabic.");
        }
        return digits.equals("thai");
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
