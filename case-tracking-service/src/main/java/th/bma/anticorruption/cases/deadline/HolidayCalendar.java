package th.bma.anticorruption.cases.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Thai government holidays as data: one {@code yyyy-MM-dd,nameTh,nameEn} line per holiday (lines starting with #
 * are comments, where each year's file names its sources). Weekends are never working days.
 */
public final class HolidayCalendar {

    private final Set<LocalDate> holidays;

    public HolidayCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static HolidayCalendar none() {
        return new HolidayCalendar(Set.of());
    }

    public static HolidayCalendar read(InputStream csv) {
        Set<LocalDate> dates = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                dates.add(LocalDate.parse(trimmed.split(",", 2)[0].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayCalendar(dates);
    }

    /** This calendar and {@code other} together (one resource file per year is read into one calendar). */
    public HolidayCalendar plus(HolidayCalendar other) {
        Set<LocalDate> both = new TreeSet<>(holidays);
        both.addAll(other.holidays);
        return new HolidayCalendar(both);
    }

    /** The years the calendar holds holidays of; business days of any other year count weekends only. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        holidays.forEach(day -> years.add(day.getYear()));
        return years;
    }

    /** The years from {@code from}'s to {@code to}'s that the calendar holds no holiday of. */
    public SortedSet<Integer> yearsMissingBetween(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            missing.add(year);
        }
        missing.removeAll(years());
        return missing;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
