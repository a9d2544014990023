package th.bma.anticorruption.statistics.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Months and fiscal years as the centre counts them: Bangkok months (a complaint belongs to the month its channel
 * received it, in Asia/Bangkok time) and Thai fiscal years, which run from 1 October to 30 September and are named
 * after the year in which they end (fiscal year 2023, ปีงบประมาณ 2566, is 1 October 2022 to 30 September 2023).
 */
public final class StatisticsCalendar {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private StatisticsCalendar() {
    }

    /** The Bangkok month of an instant, e.g. {@code 2023-02}. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(BANGKOK));
    }

    public static YearMonth monthOf(OffsetDateTime time) {
        return monthOf(time.toInstant());
    }

    /** {@code yyyy-MM}, or empty for anything else (2023-2, 2023-13, 23-02). */
    public static Optional<YearMonth> parseMonth(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text, MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String key(YearMonth month) {
        return month.format(MONTH);
    }

    /** The first instant of a month in Bangkok. */
    public static ZonedDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(BANGKOK);
    }

    /**
     * The last instant of a month in Bangkok that the read model can tell apart (its times are kept to the
     * millisecond): 23:59:59.999 on the last day. Figures "as at the end of the month" count what was known by then.
     */
    public static Instant endOf(YearMonth month) {
        return startOf(month.plusMonths(1)).toInstant().minusMillis(1);
    }

    /** The last instant of a Bangkok day, to the millisecond: 23:59:59.999. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BANGKOK).toInstant().minusMillis(1);
    }

    /** The fiscal year (named by the year it ends) a month belongs to. */
    public static int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
    }

    /** The twelve months of a fiscal year, October of the year before to September. */
    public static List<YearMonth> monthsOfFiscalYear(int fiscalYear) {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth month = YearMonth.of(fiscalYear - 1, 10);
        for (int i = 0; i < 12; i++) {
            months.add(month.plusMonths(i));
        }
        return months;
    }

    public static LocalDate firstDayOfFiscalYear(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    public static LocalDate lastDayOfFiscalYear(int fiscalYear) {
        return LocalDate.of(fiscalYear, 9, 30);
    }
}
