package th.bma.anticorruption.statistics.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;

class FigureCorrectionsTest {

    private static final OffsetDateTime MAY_3 = OffsetDateTime.parse("2023-05-03T10:00:00+07:00");

    @Test
    void namesOnlyWhatChangedSignedFieldByField() {
        PeriodFigures edition = new MonthlyRollup()
                .count(count(Channel.TRAFFY_FONDUE, LineOfWork.OTHER, Disposition.UNDER_VERIFICATION, "ปทุมวัน", null))
                .count(count(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS, Disposition.FORWARDED_TO_UNIT, "สาทร",
                        null))
                .figures();
        // Since: the first was triaged to a unit as public works and a late letter about the month was registered;
        // the second closed on the internal track as not grounded.
        PeriodFigures now = new MonthlyRollup()
                .count(count(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS, Disposition.FORWARDED_TO_UNIT, "ปทุมวัน",
                        null))
                .count(count(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS, Disposition.COMPLETED, "สาทร",
                        ClosureOutcome.NOT_GROUNDED))
                .count(count(Channel.LETTER, LineOfWork.OTHER, Disposition.UNDER_VERIFICATION, null, null))
                .figures();

        FigureCorrections corrections = FigureCorrections.between(edition, now, MAY_3);

        assertThat(corrections.asOf()).isEqualTo(MAY_3);
        assertThat(corrections.count("received")).isEqualTo(1);
        assertThat(corrections.counts("byChannel")).containsExactly(Map.entry("LETTER", 1L));
        assertThat(corrections.counts("byLineOfWork")).containsExactly(Map.entry("PUBLIC_WORKS", 1L));
        assertThat(corrections.changes().get("byChannelAndLineOfWork")).isEqualTo(Map.of(
                "TRAFFY_FONDUE", Map.of("PUBLIC_WORKS", 1L, "OTHER", -1L),
                "LETTER", Map.of("OTHER", 1L)));
        assertThat(corrections.counts("byDisposition")).containsOnly(Map.entry("COMPLETED", 1L));
        assertThat(corrections.counts("byDistrict")).containsOnly(Map.entry(MonthlyRollup.NO_DISTRICT, 1L));
        assertThat(corrections.counts("internalTrackOutcomes")).containsOnly(Map.entry("NOT_GROUNDED", 1L));
        assertThat(corrections.counts("deadlines")).isEmpty();
        assertThat(corrections.none()).isFalse();
    }

    @Test
    void anEditionThatStillHoldsHasNoCorrections() {
        PeriodFigures figures = new MonthlyRollup()
                .count(new ComplaintCount(Channel.WEBSITE, LineOfWork.REVENUE, Disposition.FORWARDED_TO_UNIT, null,
                        DeadlineStatus.OPEN, false, null, 2))
                .screenedOut(Channel.TRAFFY_FONDUE, 3)
                .figures();
        FigureCorrections corrections = FigureCorrections.between(figures, figures, MAY_3);
        assertThat(corrections.none()).isTrue();
        assertThat(corrections.count("received")).isZero();
        assertThat(corrections.counts("byDisposition")).isEmpty();
    }

    @Test
    void aFigureTheEditionDidNotHaveYetIsCorrectedFromNothing() {
        // Kept before the internal-track outcomes and the screened-out categories were added to the figures.
        MonthlyStatistics live = new MonthlyRollup()
                .count(count(Channel.WEBSITE, LineOfWork.OTHER, Disposition.COMPLETED, null,
                        ClosureOutcome.NOT_CREDIBLE))
                .screenedOut(Channel.HOTLINE_1555, "ถนน", 1)
                .figures().toMonthly("2023-04", MAY_3);
        MonthlyStatistics kept = new MonthlyStatistics("2023-04", MAY_3, live.received(), live.byChannel(),
                live.byLineOfWork(), live.byChannelAndLineOfWork(), live.byDisposition(), live.byDistrict(),
                live.deadlines(), live.screenedOutByChannel(), null, null);

        FigureCorrections corrections = FigureCorrections.between(PeriodFigures.of(kept), PeriodFigures.of(live),
                MAY_3);

        assertThat(corrections.none()).isFalse();
        assertThat(corrections.count("received")).isZero();
        assertThat(corrections.counts("byDisposition")).isEmpty();
        assertThat(corrections.counts("internalTrackOutcomes")).containsOnly(Map.entry("NOT_CREDIBLE", 1L));
        assertThat(corrections.changes().get("screenedOutByCategory"))
                .isEqualTo(Map.of("HOTLINE_1555", Map.of("ถนน", 1L)));
        assertThat(FigureCorrections.between(PeriodFigures.of(kept), PeriodFigures.of(kept), MAY_3).changes())
                .containsEntry("internalTrackOutcomes", Map.of()).containsEntry("screenedOutByCategory", Map.of());
    }

    private static ComplaintCount count(Channel channel, LineOfWork line, Disposition disposition, String district,
            ClosureOutcome outcome) {
        return new ComplaintCount(channel, line, disposition, district, null, false, outcome, 1);
    }
}
