package th.bma.anticorruption.cases.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import th.bma.anticorruption.support.time.BangkokTime;

/** The case timing policy from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CaseTimingProperties.class, WatchProperties.class})
class TimingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TimingConfiguration.class);

    @Bean
    CaseTimingPolicy caseTimingPolicy(CaseTimingProperties properties) {
        HolidayCalendar holidays = properties.holidays() == null ? HolidayCalendar.none()
                : holidaysAt(properties.holidays());
        log.info("Thai holiday calendar holds the years {}; other years count weekends only", holidays.years());
        return new CaseTimingPolicy(properties.subcommitteeDays(), properties.counting(), holidays,
                properties.reminderDaysLeft(), properties.progressDayOfMonth(), properties.staleAfter(),
                BangkokTime.ZONE);
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
