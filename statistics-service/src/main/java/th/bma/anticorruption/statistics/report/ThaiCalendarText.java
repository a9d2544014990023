package th.bma.anticorruption.statistics.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * Dates as Thai official text writes them: Buddhist Era years (CE + 543, abbreviated to two digits after a month:
 * "ก.พ. 66"), abbreviated month names, and optionally Thai digits ๐–๙.
 */
public final class ThaiCalendarText {

    /** พ.ศ. = ค.ศ. + 543. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    private static final String[] MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private ThaiCalendarText() {
    }

    public static int buddhistYear(int year) {
        return year + BUDDHIST_ERA_OFFSET;
    }

    public static String monthAbbreviation(int month) {
        return MONTHS[month - 1];
    }

    /** "ก.พ. 66". */
    public static String month(YearMonth month) {
        return monthAbbreviation(month.getMonthValue()) + " " + shortYear(month.getYear());
    }

    /** "21 เม.ย. 66". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + month(YearMonth.from(date));
    }

    /** "16.00 น.". */
    public static String time(LocalTime time) {
        return "%02d.%02d น.".formatted(time.getHour(), time.getMinute());
    }

    /** Replaces the digits 0–9 with Thai digits ๐–๙. */
    public static String thaiDigits(String text) {
        StringBuilder thai = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thai.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return thai.toString();
    }

    private static String shortYear(int year) {
        return "%02d".formatted(buddhistYear(year) % 100);
    }
}
