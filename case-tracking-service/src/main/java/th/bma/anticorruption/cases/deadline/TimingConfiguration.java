package th.bma.anticorruption.cases.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.support.time.BangkokTime;

/** The case timing policy from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CaseTimingProperties.class, WatchProperties.class})
class TimingConfiguration {

    @Bean
    CaseTimingPolicy caseTimingPolicy(CaseTimingProperties properties) {
        HolidayCalendar holidays = HolidayCalendar.none();
        if (properties.holidays() != null && properties.holidays().exists()) {
            try (InputStream csv = properties.holidays().getInputStream()) {
                holidays = HolidayCalendar.read(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CaseTimingPolicy(properties.subcommitteeDays(), properties.counting(), holidays,
                properties.reminderDaysLeft(), properties.progressDayOfMonth(), properties.staleAfter(),
                BangkokTime.ZONE);
    }
}
