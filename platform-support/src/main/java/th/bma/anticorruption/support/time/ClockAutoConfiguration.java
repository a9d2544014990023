package th.bma.anticorruption.support.time;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;

/**
 * Every service takes time from an injected {@link Clock}, so tests can move it. {@code platform.clock.offset}
 * (e.g. {@code 31d} or {@code P31D}, default none) shifts a running process's clock: the fault suite restarts a
 * service with its clock moved across deadlines. Never set it in production.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${platform.clock.offset:}") String offset) {
        Clock system = BangkokTime.systemClock();
        if (offset.isBlank()) {
            return system;
        }
        Duration shift = DurationStyle.detectAndParse(offset.trim());
        return shift.isZero() ? system : Clock.offset(system, shift);
    }
}
