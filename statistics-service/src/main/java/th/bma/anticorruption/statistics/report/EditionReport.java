package th.bma.anticorruption.statistics.report;

import java.util.ArrayList;
import java.util.List;

import th.bma.anticorruption.statistics.monthly.FigureCorrections;

/**
 * A month's edition as text: the report exactly as it was kept when the edition was taken, then, in a separate part,
 * the corrections since (the figures at the time of reading minus the edition's) for the report's own figures and its
 * additions, signed ({@code +1}, {@code -1}); "none" when the edition still holds.
 */
public final class EditionReport {

    private EditionReport() {
    }

    /**
     * @param keptText the report text kept with the edition (Arabic digits), in {@code language}
     */
    public static String render(String keptText, FigureCorrections corrections, MonthlyReport.Language language,
            boolean thaiDigits) {
        ReportTexts texts = ReportTexts.of(language);
        return texts.written(MonthlyReport.withPart(List.of(keptText.stripTrailing()),
                texts.text("edition.corrections", "moment", texts.moment(corrections.asOf())), items(corrections, texts)),
                thaiDigits);
    }

    private static List<String> items(FigureCorrections c, ReportTexts texts) {
        if (c.none()) {
            return List.of(texts.text("edition.none"));
        }
        List<String> items = new ArrayList<>();
        if (c.count("received") != 0) {
            items.add(texts.text("edition.received", "n", signed(c.count("received"))));
        }
        MonthlyReport.addCounts(items, texts, "edition.byChannel", c.counts("byChannel"), "channel",
                EditionReport::signed);
        MonthlyReport.addCounts(items, texts, "edition.byLineOfWork", c.counts("byLineOfWork"), "lineOfWork",
                EditionReport::signed);
        MonthlyReport.addCounts(items, texts, "edition.byDisposition", c.counts("byDisposition"), "disposition",
                EditionReport::signed);
        MonthlyReport.addCounts(items, texts, "additions.screenedOut", c.counts("screenedOutByChannel"), "channel",
                EditionReport::signed);
        MonthlyReport.addCounts(items, texts, "additions.internalTrackOutcomes", c.counts("internalTrackOutcomes"),
                "outcome", EditionReport::signed);
        if (items.isEmpty()) {
            items.add(texts.text("edition.elsewhere"));
        }
        return items;
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
