package th.bma.anticorruption.statistics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * The centre's monthly report as text, in the form of the report the monitoring centre gives the Governor's meeting:
 * complaints received, per channel with their lines of work, per line of work, and what became of them. In Thai
 * (Buddhist Era, abbreviated months, optionally Thai digits) or English, one renderer with the words of each language
 * in {@link ReportTexts}. A month still running, or reported as it stood on a day within it, is reported as month to
 * date ("1–21 เม.ย. 66"). What the platform counts beyond the centre's report (records screened out, outcomes of
 * closed internal-track cases) follows in a separate part headed "additions", only when there is something to state.
 */
public final class MonthlyReport {

    /** The report's language. */
    public enum Language {
        TH, EN
    }

    private MonthlyReport() {
    }

    /**
     * @param statistics   the month's figures
     * @param monthToDate  the last day covered when the month is still running (or was at {@code asOf}), or null for
     *                     a whole month
     * @param thaiDigits   write Thai digits (Thai only)
     */
    public static String render(MonthlyStatistics statistics, LocalDate monthToDate, Language language,
            boolean thaiDigits) {
        YearMonth month = StatisticsCalendar.parseMonth(statistics.month())
                .orElseThrow(() -> new IllegalArgumentException("not a month: " + statistics.month()));
        ReportTexts texts = ReportTexts.of(language);
        return texts.written(render(statistics, month, monthToDate, texts), thaiDigits);
    }

    private static String render(MonthlyStatistics s, YearMonth month, LocalDate monthToDate, ReportTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("title"));
        lines.add(monthToDate == null
                ? texts.text("period.month", "month", texts.month(month))
                : texts.text("period.monthToDate", "month", texts.month(month), "day", Integer.toString(monthToDate.getDayOfMonth())));
        lines.add(texts.text("received", "n", Long.toString(s.received()), "count", s.received()));
        if (!s.byChannel().isEmpty()) {
            List<String> channels = new ArrayList<>();
            s.byChannel().forEach((channel, n) -> {
                List<String> channelLines = new ArrayList<>();
                s.byChannelAndLineOfWork().getOrDefault(channel, Map.of()).forEach((line, m) -> {
                    if (m > 0) {
                        channelLines.add(texts.count(texts.name("lineOfWork", line), Long.toString(m)));
                    }
                });
                channels.add(texts.text("channel", "name", texts.name("channel", channel), "n", Long.toString(n),
                        "lines", String.join(", ", channelLines)));
            });
            lines.add(texts.text("channels", "items", texts.join("list", channels)));
        }
        List<String> lineOfWork = new ArrayList<>();
        s.byLineOfWork().forEach((line, n) -> lineOfWork.add(
                texts.text("lineOfWorkCount", "name", texts.name("lineOfWork", line), "n", Long.toString(n))));
        lines.add(texts.text("linesOfWork", "items", texts.join("list", lineOfWork)));
        List<String> outcomes = new ArrayList<>();
        s.byDisposition().forEach((disposition, n) -> {
            if (n > 0) {
                outcomes.add(texts.count(texts.name("disposition", disposition), Long.toString(n)));
            }
        });
        if (!outcomes.isEmpty()) {
            lines.add(texts.text("outcomes", "items", texts.join("outcomes", outcomes)));
        }
        lines.add(texts.text("asOf", "moment", texts.moment(s.asOf())));
        List<String> additions = new ArrayList<>();
        addCounts(additions, texts, "additions.screenedOut", s.screenedOutByChannel(), "channel", Long::toString);
        addCounts(additions, texts, "additions.internalTrackOutcomes", s.internalTrackOutcomes(), "outcome",
                Long::toString);
        return withPart(lines, texts.text("additions"), additions);
    }

    /** The lines, then (if it has items) a blank line, the part's heading and its items, one per line. */
    static String withPart(List<String> lines, String heading, List<String> items) {
        List<String> all = new ArrayList<>(lines);
        if (!items.isEmpty()) {
            all.add("");
            all.add(heading);
            items.forEach(item -> all.add("- " + item));
        }
        return String.join("\n", all) + "\n";
    }

    /**
     * Adds the item {@code key} listing the non-zero counts (in the map's order) by the names of their {@code kind},
     * if there is one; {@code number} writes a count (plain, or signed for corrections).
     */
    static void addCounts(List<String> items, ReportTexts texts, String key, Map<String, Long> counts, String kind,
            LongFunction<String> number) {
        List<String> named = new ArrayList<>();
        if (counts != null) {
            counts.forEach((code, n) -> {
                if (n != 0) {
                    named.add(texts.count(texts.name(kind, code), number.apply(n)));
                }
            });
        }
        if (!named.isEmpty()) {
            items.add(texts.text(key, "items", String.join(", ", named)));
        }
    }
}
