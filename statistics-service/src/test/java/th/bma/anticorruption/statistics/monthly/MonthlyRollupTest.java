package th.bma.anticorruption.statistics.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.contracts.MonthlyStatistics.DeadlineFigures;

class MonthlyRollupTest {

    @Test
    void namesEveryLineOfWorkAndDispositionButOnlyChannelsAndDistrictsThatHaveComplaints() {
        MonthlyStatistics figures = new MonthlyRollup()
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS, Disposition.COMPLETED,
                        "ปทุมวัน", DeadlineStatus.MET, true, ClosureOutcome.NOT_GROUNDED, 2))
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.OTHER, Disposition.FORWARDED_TO_UNIT,
                        "ปทุมวัน", DeadlineStatus.OPEN, false, null, 3))
                .count(new ComplaintCount(Channel.EXECUTIVE_REFERRAL, LineOfWork.OTHER,
                        Disposition.REFERRED_TO_NACC, null, DeadlineStatus.BREACHED, false, null, 1))
                .count(new ComplaintCount(Channel.EXECUTIVE_REFERRAL, LineOfWork.OTHER,
                        Disposition.REFERRED_TO_NACC, null, DeadlineStatus.MET, false, null, 1))
                .dueWithin7Days(2)
                .screenedOut(Channel.TRAFFY_FONDUE, 4)
                .screenedOut(Channel.HOTLINE_1555, "ถนน", 3)
                .screenedOut(Channel.HOTLINE_1555, null, 2)
                .screenedOut(Channel.HOTLINE_1555, "น้ำท่วม", 1)
                .figures().statistics();

        assertThat(figures.received()).isEqualTo(7);
        assertThat(figures.byChannel()).containsExactly(Map.entry("TRAFFY_FONDUE", 5L),
                Map.entry("EXECUTIVE_REFERRAL", 2L));
        assertThat(figures.byLineOfWork()).containsExactly(Map.entry("PUBLIC_WORKS", 2L),
                Map.entry("CITY_LAW_ENFORCEMENT", 0L), Map.entry("REVENUE", 0L), Map.entry("ENVIRONMENT", 0L),
                Map.entry("OTHER", 5L));
        assertThat(figures.byChannelAndLineOfWork().get("EXECUTIVE_REFERRAL")).containsEntry("OTHER", 2L)
                .containsEntry("PUBLIC_WORKS", 0L).hasSize(5);
        assertThat(figures.byDisposition()).hasSize(6).containsEntry("COMPLETED", 2L)
                .containsEntry("FORWARDED_TO_UNIT", 3L).containsEntry("REFERRED_TO_NACC", 2L)
                .containsEntry("UNDER_VERIFICATION", 0L);
        assertThat(figures.byDistrict()).containsExactly(Map.entry("ปทุมวัน", 5L),
                Map.entry(MonthlyRollup.NO_DISTRICT, 2L));
        // A deadline met late is neither open, breached nor met on time.
        assertThat(figures.deadlines()).isEqualTo(new DeadlineFigures(3, 2, 1, 2));
        assertThat(figures.screenedOutByChannel()).containsExactly(Map.entry("TRAFFY_FONDUE", 4L),
                Map.entry("HOTLINE_1555", 6L));
        // Only records with a category label are counted by category; a channel without any is not named.
        assertThat(figures.screenedOutByCategory()).containsOnlyKeys("HOTLINE_1555");
        assertThat(figures.screenedOutByCategory().get("HOTLINE_1555")).containsOnly(Map.entry("ถนน", 3L),
                Map.entry("น้ำท่วม", 1L));
        // Every outcome is named; only closed internal-track cases count.
        assertThat(figures.internalTrackOutcomes()).hasSize(ClosureOutcome.values().length)
                .containsEntry("NOT_GROUNDED", 2L).containsEntry("NOT_CREDIBLE", 0L)
                .containsEntry("DISCIPLINARY_INQUIRY", 0L);
    }

    @Test
    void fiscalYearsRunFromOctoberAndAreNamedByTheYearTheyEnd() {
        assertThat(StatisticsCalendar.fiscalYearOf(java.time.YearMonth.of(2022, 10))).isEqualTo(2023);
        assertThat(StatisticsCalendar.fiscalYearOf(java.time.YearMonth.of(2023, 9))).isEqualTo(2023);
        assertThat(StatisticsCalendar.monthsOfFiscalYear(2023)).hasSize(12)
                .startsWith(java.time.YearMonth.of(2022, 10)).endsWith(java.time.YearMonth.of(2023, 9));
        assertThat(StatisticsCalendar.monthOf(java.time.Instant.parse("2023-02-28T17:05:00Z")))
                .isEqualTo(java.time.YearMonth.of(2023, 3));
        assertThat(StatisticsCalendar.parseMonth("2023-13")).isEmpty();
        assertThat(StatisticsCalendar.parseMonth("2023-02")).contains(java.time.YearMonth.of(2023, 2));
    }
}
