package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Counting working days needs the holidays of every year deadlines can reach: checked against the injected clock
 * when the service starts, and a clear start-up failure when missing. The bundled calendar holds 2023–2026.
 */
class HolidayDataAtStartUpTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static ApplicationContextRunner at(String instant, String... properties) {
        return new ApplicationContextRunner()
                .withUserConfiguration(TimingConfiguration.class)
                .withBean(Clock.class, () -> Clock.fixed(Instant.parse(instant), BANGKOK))
                .withPropertyValues("cases.timing.subcommittee-days=30",
                        "cases.timing.holidays=classpath*:holidays/thai-public-holidays-*.csv",
                        "cases.timing.reminder-days-left=10,3", "cases.timing.progress-day-of-month=20",
                        "cases.timing.stale-after=45d")
                .withPropertyValues(properties);
    }

    @Test
    void workingDaysWithoutTheComingYearsHolidaysStopTheServiceNamingTheMissingYear() {
        at("2026-06-01T03:00:00Z", "cases.timing.counting=BUSINESS").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(
                    HolidayDataMissingException.class, e -> {
                        assertThat(e.missingYears()).containsExactly(2027);
                        assertThat(e.getMessage()).contains("[2027]", "cases.timing.counting=BUSINESS");
                    });
        });
    }

    @Test
    void workingDaysWithEveryYearWithinReachStart() {
        at("2025-06-01T03:00:00Z", "cases.timing.counting=BUSINESS").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CaseTimingPolicy.class).counting()).isEqualTo(DayCounting.BUSINESS);
        });
        at("2026-06-01T03:00:00Z", "cases.timing.counting=BUSINESS", "cases.timing.holidays-required-ahead=90d")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void calendarDaysNeedNoHolidays() {
        at("2031-01-01T03:00:00Z", "cases.timing.counting=CALENDAR")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theFailureIsExplainedWithWhatToDoInsteadOfAStackTrace() {
        // Registered in META-INF/spring.factories, where Spring Boot looks for analyzers when start-up fails (the
        // others there need a bean factory and are left out here).
        FailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> {
                })).stream().filter(HolidayDataFailureAnalyzer.class::isInstance).findFirst().orElseThrow();
        HolidayDataMissingException missing = new HolidayDataMissingException(new TreeSet<>(List.of(2027)),
                "classpath*:holidays/thai-public-holidays-*.csv", LocalDate.parse("2026-06-01"),
                LocalDate.parse("2027-06-01"));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("context failed", missing));

        assertThat(analysis.getDescription()).contains("[2027]");
        assertThat(analysis.getAction()).contains("[2027]", "thai-public-holidays-<year>.csv",
                "cases.timing.counting=CALENDAR");
    }
}
