package th.bma.anticorruption.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void withoutAnOffsetTheClockIsBangkokSystemTime() {
        context.run(app -> {
            Clock clock = app.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(BangkokTime.ZONE);
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        });
    }

    @Test
    void anOffsetMovesTheClockForwardInEitherNotation() {
        for (String offset : new String[] {"31d", "P31D"}) {
            context.withPropertyValues("platform.clock.offset=" + offset).run(app -> {
                Clock clock = app.getBean(Clock.class);
                assertThat(clock.getZone()).isEqualTo(BangkokTime.ZONE);
                assertThat(Duration.between(Instant.now(), clock.instant()).minus(Duration.ofDays(31)).abs())
                        .as(offset).isLessThan(Duration.ofSeconds(5));
            });
        }
    }

    @Test
    void aNegativeOffsetMovesItBack() {
        context.withPropertyValues("platform.clock.offset=-PT2H").run(app -> assertThat(
                Duration.between(Instant.now(), app.getBean(Clock.class).instant()).plusHours(2).abs())
                .isLessThan(Duration.ofSeconds(5)));
    }
}
