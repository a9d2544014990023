package th.bma.anticorruption.cases.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.SortedSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import th.bma.anticorruption.support.time.BangkokTime;

/**
 * The case timing policy from configuration. When deadlines count working days, the holiday calendar must hold
 * every year from today (the injected clock's) to {@code holidays-required-ahead} later; otherwise the service does
 * not start ({@link HolidayDataMissingException}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CaseTimingProperties.class, WatchProperties.class})
class TimingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TimingConfiguration.class);

    @Bean
    CaseTimingPolicy caseTimingPolicy(CaseTimingProperties properties, Clock clock) {
        HolidayCalendar holidays = properties.holidays() == null ? HolidayCalendar.none()
                : holidaysAt(properties.holidays());
        if (properties.counting() == DayCounting.BUSINESS) {
            requireHolidaysAhead(holidays, properties, LocalDate.now(clock.withZone(BangkokTime.ZONE)));
        }
        log.info("Thai holiday calendar holds the years {}; deadlines count {} days", holidays.years(),
                properties.counting());
        return new CaseTimingPolicy(properties.subcommitteeDays(), properties.counting(), holidays,
                properties.reminderDaysLeft(), properties.progressDayOfMonth(),
                properties.progressReminderDaysBefore(), properties.staleAfter(), BangkokTime.ZONE);
    }

    static void requireHolidaysAhead(HolidayCalendar holidays, CaseTimingProperties properties, LocalDate today) {
        LocalDate horizon = today.plusDays(properties.holidaysRequiredAhead().toDays());
        SortedSet<Integer> missing = holidays.yearsMissingBetween(today, horizon);
        if (!missing.isEmpty()) {
            throw new HolidayDataMissingException(missing, String.valueOf(properties.holidays()), today, horizon);
        }
    }

    /** Every holiday file matching the resource pattern, read into one calendar. */
    static HolidayCalendar holidaysAt(String locationPattern) {
        HolidayCalendar holidays = HolidayCalendar.none();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                try (InputStream csv = file.getInputStream()) {
                    holidays = holidays.plus(HolidayCalendar.read(csv));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holidays;
    }
}
