package th.bma.anticorruption.statistics.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * The words of the centre's report in one language, from {@code report/texts_<language>.properties}: ICU
 * MessageFormat patterns with named arguments, the names of channels, lines of work, dispositions and outcomes, and
 * the {@code java.time} patterns of its dates (Thai in the Buddhist calendar: "เม.ย. 66", "30 เม.ย. 66 เวลา 23.59 น.").
 */
final class ReportTexts {

    private static final String BUNDLE = "report/texts";
    private static final Map<MonthlyReport.Language, ReportTexts> LOADED = Map.of(
            MonthlyReport.Language.TH, new ReportTexts(Locale.forLanguageTag("th-TH")),
            MonthlyReport.Language.EN, new ReportTexts(Locale.ENGLISH));

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter month;
    private final DateTimeFormatter moment;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.month = dates("date.month");
        this.moment = dates("date.moment");
    }

    static ReportTexts of(MonthlyReport.Language language) {
        return LOADED.get(language);
    }

    /** The pattern {@code key} with its arguments given as name, value, name, value … */
    String text(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The name of a code of a kind: {@code name("channel", "HOTLINE_1555")} → "สายด่วนกทม. 1555". */
    String name(String kind, String code) {
        return bundle.getString(kind + "." + code);
    }

    /** "name n unit" of one count, {@code n} already written (plain or signed). */
    String count(String name, String n) {
        return text("count", "name", name, "n", n);
    }

    /** The items joined as the report joins a list of {@code kind} ({@code list} or {@code outcomes}). */
    String join(String kind, List<String> items) {
        String separator = bundle.getString(kind + ".separator");
        if (items.size() < 2 || !bundle.containsKey(kind + ".last")) {
            return String.join(separator, items);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + bundle.getString(kind + ".last")
                + items.get(items.size() - 1);
    }

    String month(YearMonth yearMonth) {
        return month.format(yearMonth.atDay(1));
    }

    /** The moment in Bangkok time. */
    String moment(OffsetDateTime at) {
        return moment.format(at.atZoneSameInstant(StatisticsCalendar.BANGKOK));
    }

    private DateTimeFormatter dates(String key) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(bundle.getString(key), locale);
        return "buddhist".equals(bundle.getString("calendar"))
                ? formatter.withChronology(ThaiBuddhistChronology.INSTANCE) : formatter;
    }

    /** The report as written: with Thai digits ๐–๙ when asked and the report is Thai, else as it is. */
    String written(String text, boolean thaiDigits) {
        return thaiDigits && "th".equals(locale.getLanguage()) ? thaiDigits(text) : text;
    }

    /** Replaces the digits 0–9 with Thai digits ๐–๙. */
    static String thaiDigits(String text) {
        StringBuilder thai = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thai.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return thai.toString();
    }
}
