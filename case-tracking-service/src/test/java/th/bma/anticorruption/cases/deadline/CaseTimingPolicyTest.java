package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import th.bma.anticorruption.support.time.BangkokTime;

class CaseTimingPolicyTest {

    private static final String BUNDLED = "classpath*:holidays/thai-public-holidays-*.csv";

    private static final Instant RECEIVED = OffsetDateTime.parse("2023-03-14T10:21:07+07:00").toInstant();

    private static CaseTimingPolicy policy(DayCounting counting, HolidayCalendar holidays) {
        return new CaseTimingPolicy(30, counting, holidays, List.of(3, 10), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);
    }

    @Test
    void thirtyCalendarDaysFromReceiptEndAt235959BangkokOfTheThirtiethDay() {
        assertThat(policy(DayCounting.CALENDAR, HolidayCalendar.none()).subcommitteeDueAt(RECEIVED))
                .isEqualTo(OffsetDateTime.parse("2023-04-13T23:59:59+07:00").toInstant());
    }

    @Test
    void theDayOfReceiptIsTheBangkokDayNotTheUtcDay() {
        Instant lateEvening = OffsetDateTime.parse("2023-03-14T23:30:00+07:00").toInstant();
        Instant earlyMorning = OffsetDateTime.parse("2023-03-15T00:30:00+07:00").toInstant();
        CaseTimingPolicy calendar = policy(DayCounting.CALENDAR, HolidayCalendar.none());

        assertThat(calendar.subcommitteeDueAt(lateEvening))
                .isEqualTo(OffsetDateTime.parse("2023-04-13T23:59:59+07:00").toInstant());
        assertThat(calendar.subcommitteeDueAt(earlyMorning))
                .isEqualTo(OffsetDateTime.parse("2023-04-14T23:59:59+07:00").toInstant());
    }

    @Test
    void businessDaysSkipWeekendsAndThePublicHolidaysOfTheCalendar() {
        HolidayCalendar songkran = HolidayCalendar.read(new ByteArrayInputStream(("""
                # date,nameTh,nameEn
                2023-04-06,วันจักรี,Chakri Memorial Day
                2023-04-13,วันสงกรานต์,Songkran
                2023-04-14,วันสงกรานต์,Songkran
                2023-04-17,ชดเชยวันสงกรานต์,Songkran substitution day
                """).getBytes(StandardCharsets.UTF_8)));
        CaseTimingPolicy business = policy(DayCounting.BUSINESS, songkran);
        CaseTimingPolicy weekendsOnly = policy(DayCounting.BUSINESS, HolidayCalendar.none());

        // From Tue 14 Mar: 30 working days without holidays end on Tue 25 Apr; four holidays push it to Mon 1 May.
        assertThat(weekendsOnly.subcommitteeDueAt(RECEIVED))
                .isEqualTo(OffsetDateTime.parse("2023-04-25T23:59:59+07:00").toInstant());
        assertThat(business.subcommitteeDueAt(RECEIVED))
                .isEqualTo(OffsetDateTime.parse("2023-05-01T23:59:59+07:00").toInstant());
    }

    @Test
    void theBundledCalendarHasOneCitedFilePerYearAndTheCheckedCorrections() throws Exception {
        HolidayCalendar calendar = TimingConfiguration.holidaysAt(BUNDLED);
        assertThat(calendar.years()).containsExactly(2023, 2024, 2025, 2026);
        for (var file : new PathMatchingResourcePatternResolver().getResources(BUNDLED)) {
            assertThat(file.getContentAsString(StandardCharsets.UTF_8)).as(file.getFilename()).contains("https://");
        }
        // Labour Day is a private-sector and bank holiday, not a government one.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-05-01"))).isTrue();
        // Royal Ploughing Day and the cabinet's special holidays are government holidays.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-05-17"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-07-31"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-12-30"))).isFalse();
        // The 2 Jan 2024 substitution day was moved to 29 Dec 2023.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-12-29"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-01-02"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-14"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-16"))).isTrue();
    }

    @Test
    void remindersAreDueAtTheStartOfTheirBangkokDayLatestFirstInConfigurationOrder() {
        CaseTimingPolicy calendar = policy(DayCounting.CALENDAR, HolidayCalendar.none());
        Instant due = calendar.subcommitteeDueAt(RECEIVED);

        assertThat(calendar.reminderDaysLeft()).containsExactly(10, 3);
        assertThat(calendar.reminderAt(due, 10)).isEqualTo(OffsetDateTime.parse("2023-04-03T00:00:00+07:00").toInstant());
        assertThat(calendar.reminderAt(due, 3)).isEqualTo(OffsetDateTime.parse("2023-04-10T00:00:00+07:00").toInstant());
    }

    @Test
    void progressIsDueByThe20thOfEachMonthBangkokTimeFromTheMonthAfterForwarding() {
        CaseTimingPolicy calendar = policy(DayCounting.CALENDAR, HolidayCalendar.none());

        assertThat(calendar.progressDueAt(YearMonth.of(2023, 4)))
                .isEqualTo(OffsetDateTime.parse("2023-04-20T23:59:59+07:00").toInstant());
        assertThat(calendar.firstProgressMonth(OffsetDateTime.parse("2023-03-31T23:30:00+07:00").toInstant()))
                .isEqualTo(YearMonth.of(2023, 4));
    }
}
