package th.bma.anticorruption.statistics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.ComplaintCount;
import th.bma.anticorruption.statistics.monthly.FigureCorrections;
import th.bma.anticorruption.statistics.monthly.ClosureOutcome;
import th.bma.anticorruption.statistics.monthly.MonthlyRollup;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;

/**
 * The Thai report states what the centre's report states and nothing else; what the platform adds (screened-out
 * records, outcomes of closed internal-track cases) stands apart, after it. An edition's text is the kept report with
 * the corrections since beside it.
 */
class MonthlyReportTest {

    private static final OffsetDateTime APRIL_30_END = OffsetDateTime.parse("2023-04-30T23:59:59.999+07:00");

    static final String CENTRE_PART = """
            สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)
            ประจำเดือน เม.ย. 66
            รับเรื่องร้องเรียน 3 เรื่อง
            ช่องทาง: สายด่วนกทม. 1555 3 เรื่อง (เทศกิจ 1 เรื่อง, อื่นๆ 2 เรื่อง)
            แบ่งเป็น สายงานโยธา 0 เรื่อง สายงานเทศกิจ 1 เรื่อง สายงานรายได้ 0 เรื่อง สายงานสิ่งแวดล้อม 0 เรื่อง \
            และสายงานอื่นๆ 2 เรื่อง
            ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 2 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 1 เรื่อง
            ข้อมูล ณ วันที่ 30 เม.ย. 66 เวลา 23.59 น.
            """;

    @Test
    void theThaiReportKeepsTheCentresFormAndPutsTheAdditionsInASeparatePart() {
        String report = MonthlyReport.render(withAdditions(), null, MonthlyReport.Language.TH, false);
        assertThat(report).isEqualTo(CENTRE_PART + """

                ส่วนเพิ่มเติม (นอกเหนือจากรายงานของศูนย์ฯ)
                - เรื่องที่คัดกรองแล้วไม่เกี่ยวกับการทุจริต: Traffy Fondue 4 เรื่อง
                - ผลของเรื่องที่สำนักงาน ก.ก. ตรวจสอบและยุติแล้ว: ข้อมูลไม่น่าเชื่อถือ 1 เรื่อง, ไม่มีมูล 1 เรื่อง
                """);
        assertThat(MonthlyReport.render(withoutAdditions(), null, MonthlyReport.Language.TH, false))
                .isEqualTo(CENTRE_PART).doesNotContain("ส่วนเพิ่มเติม");
    }

    @Test
    void theEnglishReportSeparatesTheAdditionsTooAndSaysMonthToDate() {
        String report = MonthlyReport.render(withAdditions(), LocalDate.of(2023, 4, 21), MonthlyReport.Language.EN,
                false);
        assertThat(report).contains("April 2023, month to date (1–21 April 2023)\n")
                .endsWith("""
                        As of 30 April 2023, 23:59 Bangkok time

                        Additions (not part of the centre's report)
                        - Screened out as not about corruption: Traffy Fondue 4
                        - Closed internal-track cases (ก.ก. office) by outcome: not credible 1, not grounded 1
                        """);
    }

    @Test
    void anEditionIsTheKeptReportWithTheCorrectionsSinceBesideIt() {
        PeriodFigures kept = PeriodFigures.of(withoutAdditions());
        PeriodFigures live = PeriodFigures.of(withAdditions());
        FigureCorrections corrections = FigureCorrections.between(kept, live,
                OffsetDateTime.parse("2023-05-03T10:00:00+07:00"));

        assertThat(EditionReport.render(CENTRE_PART, corrections, MonthlyReport.Language.TH, true))
                .isEqualTo(ReportTexts.thaiDigits(CENTRE_PART + """

                        การแก้ไขหลังจัดทำฉบับนี้ (ข้อมูล ณ วันที่ 3 พ.ค. 66 เวลา 10.00 น.)
                        - เรื่องที่คัดกรองแล้วไม่เกี่ยวกับการทุจริต: Traffy Fondue +4 เรื่อง
                        - ผลของเรื่องที่สำนักงาน ก.ก. ตรวจสอบและยุติแล้ว: ข้อมูลไม่น่าเชื่อถือ +1 เรื่อง, ไม่มีมูล +1 เรื่อง
                        """));
        FigureCorrections none = FigureCorrections.between(kept, kept,
                OffsetDateTime.parse("2023-05-03T10:00:00+07:00"));
        assertThat(EditionReport.render("April 2023\n", none, MonthlyReport.Language.EN, false)).isEqualTo("""
                April 2023

                Corrections since this edition (as of 3 May 2023, 10:00 Bangkok time)
                - none
                """);
    }

    private static MonthlyStatistics withoutAdditions() {
        return rollup(null, null).figures().toMonthly("2023-04", APRIL_30_END);
    }

    private static MonthlyStatistics withAdditions() {
        return rollup(ClosureOutcome.NOT_CREDIBLE, ClosureOutcome.NOT_GROUNDED)
                .screenedOut(Channel.TRAFFY_FONDUE, 4).figures().toMonthly("2023-04", APRIL_30_END);
    }

    private static MonthlyRollup rollup(ClosureOutcome first, ClosureOutcome second) {
        return new MonthlyRollup()
                .count(new ComplaintCount(Channel.HOTLINE_1555, LineOfWork.OTHER, Disposition.COMPLETED, "ปทุมวัน",
                        null, false, first, 1))
                .count(new ComplaintCount(Channel.HOTLINE_1555, LineOfWork.OTHER, Disposition.COMPLETED, "ปทุมวัน",
                        null, false, second, 1))
                .count(new ComplaintCount(Channel.HOTLINE_1555, LineOfWork.CITY_LAW_ENFORCEMENT,
                        Disposition.FORWARDED_TO_UNIT, "สาทร", null, false, null, 1));
    }
}
