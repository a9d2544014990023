package th.bma.anticorruption.statistics.web;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.editions.MonthEdition;
import th.bma.anticorruption.statistics.editions.MonthEditions;
import th.bma.anticorruption.statistics.monthly.FigureCorrections;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.report.EditionReport;
import th.bma.anticorruption.statistics.report.MonthlyReport;
import th.bma.anticorruption.support.web.NotFoundException;
import th.bma.anticorruption.support.web.RequestRejectedException;

/** A month's editions: its report kept at the month's end, never changed, with the corrections since beside it. */
@RestController
@RequestMapping("/api/statistics/monthly/{month}/editions")
@Tag(name = "Statistics")
class EditionController {

    private final MonthEditions editions;
    private final MonthlyStatisticsQueries queries;

    EditionController(MonthEditions editions, MonthlyStatisticsQueries queries) {
        this.editions = editions;
        this.queries = queries;
    }

    /** One edition in a list: which, as of when, taken when, how many complaints it counted. */
    record EditionSummary(String month, int edition, OffsetDateTime asOf, OffsetDateTime takenAt, long received) {
    }

    /** One edition: its figures exactly as kept, and the live figures minus them. */
    record EditionView(String month, int edition, OffsetDateTime asOf, OffsetDateTime takenAt,
            MonthlyStatistics figures, FigureCorrections corrections) {
    }

    @GetMapping
    @Operation(summary = "A month's editions",
            description = "The editions kept of the month, oldest first: edition 1 is the month's figures as they "
                    + "stood at its end (23:59:59.999 on its last day, Bangkok time), kept about an hour after the "
                    + "month ended. Empty while the month runs.")
    List<EditionSummary> editions(@Parameter(description = "yyyy-MM, e.g. 2023-04") @PathVariable String month) {
        YearMonth asked = StatisticsController.month(month, queries.currentMonth());
        return editions.editions(asked).stream().map(e -> new EditionSummary(e.month(), e.edition(), e.asOf(),
                e.takenAt(), e.figures().received())).toList();
    }

    @GetMapping("/{edition}")
    @Operation(summary = "One edition of a month's figures, with the corrections since",
            description = "figures: the MonthlyStatistics kept with the edition, never changed. corrections: the "
                    + "live figures (at corrections.asOf) minus the edition's, field by field; received always, "
                    + "maps only with the keys that changed (e.g. byDisposition {\"COMPLETED\": 1, "
                    + "\"FORWARDED_TO_UNIT\": -1}). 404 if the month has no such edition.")
    EditionView edition(@Parameter(description = "yyyy-MM, e.g. 2023-04") @PathVariable String month,
            @Parameter(description = "the edition's number, 1 for the month-end edition") @PathVariable String edition) {
        MonthEdition kept = find(month, edition);
        return new EditionView(kept.month(), kept.edition(), kept.asOf(), kept.takenAt(), kept.figures(),
                editions.corrections(kept));
    }

    @GetMapping(value = "/{edition}/report", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "One edition's report as text, with the corrections since",
            description = "The Thai or English report exactly as kept with the edition, then a separate part with "
                    + "the corrections since ('การแก้ไขหลังจัดทำฉบับนี้' / 'Corrections since this edition').")
    String report(@Parameter(description = "yyyy-MM, e.g. 2023-04") @PathVariable String month,
            @Parameter(description = "the edition's number, 1 for the month-end edition") @PathVariable String edition,
            @Parameter(description = "th or en") @RequestParam(defaultValue = "th") String lang,
            @Parameter(description = "arabic or thai (Thai report only)") @RequestParam(defaultValue = "arabic")
            String digits) {
        MonthlyReport.Language language = StatisticsController.language(lang);
        boolean thaiDigits = StatisticsController.thaiDigits(digits);
        MonthEdition kept = find(month, edition);
        return EditionReport.render(language == MonthlyReport.Language.TH ? kept.reportTh() : kept.reportEn(),
                editions.corrections(kept), language, thaiDigits);
    }

    private MonthEdition find(String month, String edition) {
        YearMonth asked = StatisticsController.month(month, queries.currentMonth());
        if (!edition.matches("[1-9]\\d{0,3}")) {
            throw RequestRejectedException.of("edition", "positive-integer",
                    "The edition is a number from 1, e.g. 1 for the month-end edition.");
        }
        return editions.edition(asked, Integer.parseInt(edition))
                .orElseThrow(() -> new NotFoundException("The month has no edition " + edition + " (yet)."));
    }
}
