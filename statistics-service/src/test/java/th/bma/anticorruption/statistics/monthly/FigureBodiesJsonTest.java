package th.bma.anticorruption.statistics.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the API serves for a fiscal year ({@code GET /api/statistics/fiscal-year/{yyyy}}) and for the corrections
 * beside an edition ({@code corrections} of {@code GET .../editions/{n}}): every field name and value, so that the
 * bodies' shape cannot change unnoticed. Both have the figures of the monthly statistics under the same names;
 * {@code screenedOutByCategory} is an addition to both.
 */
class FigureBodiesJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime MAY_3 = OffsetDateTime.parse("2023-05-03T10:00:00+07:00");

    @Test
    void aFiscalYearIsItsPeriodThenTheFiguresOfAMonth() {
        FiscalYearStatistics year = FiscalYearStatistics.of(2023, MAY_3, edition());

        JsonNode json = JSON.readTree(JSON.writeValueAsString(year));
        assertThat(json.propertyNames()).containsExactly("fiscalYear", "fiscalYearBe", "from", "to", "asOf",
                "received", "byChannel", "byLineOfWork", "byChannelAndLineOfWork", "byDisposition", "byDistrict",
                "deadlines", "screenedOutByChannel", "internalTrackOutcomes", "screenedOutByCategory");
        assertThat(json).isEqualTo(JSON.readTree("""
                {"fiscalYear": 2023, "fiscalYearBe": 2566, "from": "2022-10-01", "to": "2023-09-30",
                 "asOf": "2023-05-03T10:00:00+07:00",
                 "received": 3,
                 "byChannel": {"TRAFFY_FONDUE": 2, "HOTLINE_1555": 1},
                 "byLineOfWork": {"PUBLIC_WORKS": 1, "CITY_LAW_ENFORCEMENT": 0, "REVENUE": 0, "ENVIRONMENT": 0,
                                  "OTHER": 2},
                 "byChannelAndLineOfWork": {
                     "TRAFFY_FONDUE": {"PUBLIC_WORKS": 1, "CITY_LAW_ENFORCEMENT": 0, "REVENUE": 0, "ENVIRONMENT": 0,
                                       "OTHER": 1},
                     "HOTLINE_1555": {"PUBLIC_WORKS": 0, "CITY_LAW_ENFORCEMENT": 0, "REVENUE": 0, "ENVIRONMENT": 0,
                                      "OTHER": 1}},
                 "byDisposition": {"UNDER_VERIFICATION": 1, "FORWARDED_TO_UNIT": 2, "FORWARDED_TO_WORKING_GROUP": 0,
                                   "REFERRED_TO_NACC": 0, "REFERRED_TO_PACC": 0, "COMPLETED": 0},
                 "byDistrict": {"ปทุมวัน": 2, "สาทร": 1},
                 "deadlines": {"open": 2, "dueWithin7Days": 1, "breached": 0, "metOnTime": 0},
                 "screenedOutByChannel": {"HOTLINE_1555": 2},
                 "internalTrackOutcomes": {"NOT_CREDIBLE": 0, "NOT_GROUNDED": 0, "DISCIPLINARY_INQUIRY": 0,
                                           "CRIMINAL_REFERRAL_NACC": 0, "CRIMINAL_REFERRAL_PACC": 0,
                                           "CRIMINAL_REFERRAL_POLICE": 0, "ADMINISTRATIVE_MEASURE": 0,
                                           "NO_ACTION": 0, "OUTCOME_NOT_RECORDED": 0},
                 "screenedOutByCategory": {"HOTLINE_1555": {"ถนน": 2}}}
                """));
    }

    @Test
    void correctionsAreTheSignedChangesFieldByFieldOnlyWhereSomethingChanged() {
        FigureCorrections corrections = FigureCorrections.between(edition(), now(), MAY_3);

        JsonNode json = JSON.readTree(JSON.writeValueAsString(corrections));
        assertThat(json.propertyNames()).containsExactly("asOf", "received", "byChannel", "byLineOfWork",
                "byChannelAndLineOfWork", "byDisposition", "byDistrict", "deadlines", "screenedOutByChannel",
                "internalTrackOutcomes", "screenedOutByCategory");
        assertThat(json).isEqualTo(JSON.readTree("""
                {"asOf": "2023-05-03T10:00:00+07:00",
                 "received": 1,
                 "byChannel": {"LETTER": 1},
                 "byLineOfWork": {"PUBLIC_WORKS": 1},
                 "byChannelAndLineOfWork": {"TRAFFY_FONDUE": {"PUBLIC_WORKS": 1, "OTHER": -1},
                                            "LETTER": {"OTHER": 1}},
                 "byDisposition": {"COMPLETED": 1},
                 "byDistrict": {"ไม่ระบุ": 1},
                 "deadlines": {"open": -1, "dueWithin7Days": -1, "breached": 1},
                 "screenedOutByChannel": {"HOTLINE_1555": 1, "TRAFFY_FONDUE": 1},
                 "internalTrackOutcomes": {"NOT_GROUNDED": 1},
                 "screenedOutByCategory": {"HOTLINE_1555": {"น้ำท่วม": 1}}}
                """));
    }

    @Test
    void correctionsOfAnEditionThatStillHoldsAreZeroAndEmpty() {
        FigureCorrections corrections = FigureCorrections.between(edition(), edition(), MAY_3);

        assertThat(JSON.readTree(JSON.writeValueAsString(corrections))).isEqualTo(JSON.readTree("""
                {"asOf": "2023-05-03T10:00:00+07:00", "received": 0, "byChannel": {}, "byLineOfWork": {},
                 "byChannelAndLineOfWork": {}, "byDisposition": {}, "byDistrict": {}, "deadlines": {},
                 "screenedOutByChannel": {}, "internalTrackOutcomes": {}, "screenedOutByCategory": {}}
                """));
    }

    /** Three complaints and two screened-out 1555 calls, as an edition kept them. */
    private static PeriodFigures edition() {
        return new MonthlyRollup()
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.OTHER, Disposition.UNDER_VERIFICATION,
                        "ปทุมวัน", DeadlineStatus.OPEN, false, null, 1))
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS,
                        Disposition.FORWARDED_TO_UNIT, "สาทร", null, false, null, 1))
                .count(new ComplaintCount(Channel.HOTLINE_1555, LineOfWork.OTHER, Disposition.FORWARDED_TO_UNIT,
                        "ปทุมวัน", DeadlineStatus.OPEN, false, null, 1))
                .dueWithin7Days(1)
                .screenedOut(Channel.HOTLINE_1555, "ถนน", 2)
                .figures();
    }

    /**
     * Since: the first was triaged to a unit as public works; the second closed on the internal track as not
     * grounded; the 1555 call's deadline passed; a late letter was registered; one more 1555 call and a Traffy ticket
     * were screened out.
     */
    private static PeriodFigures now() {
        return new MonthlyRollup()
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS,
                        Disposition.FORWARDED_TO_UNIT, "ปทุมวัน", DeadlineStatus.OPEN, false, null, 1))
                .count(new ComplaintCount(Channel.TRAFFY_FONDUE, LineOfWork.PUBLIC_WORKS, Disposition.COMPLETED,
                        "สาทร", null, false, ClosureOutcome.NOT_GROUNDED, 1))
                .count(new ComplaintCount(Channel.HOTLINE_1555, LineOfWork.OTHER, Disposition.FORWARDED_TO_UNIT,
                        "ปทุมวัน", DeadlineStatus.BREACHED, false, null, 1))
                .count(new ComplaintCount(Channel.LETTER, LineOfWork.OTHER, Disposition.UNDER_VERIFICATION, null,
                        null, false, null, 1))
                .screenedOut(Channel.HOTLINE_1555, "ถนน", 2)
                .screenedOut(Channel.HOTLINE_1555, "น้ำท่วม", 1)
                .screenedOut(Channel.TRAFFY_FONDUE, 1)
                .figures();
    }
}
