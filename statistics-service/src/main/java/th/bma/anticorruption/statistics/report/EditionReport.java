package th.bma.anticorruption.statistics.report;

import java.util.ArrayList;
import java.util.List;

import th.bma.anticorruption.statistics.monthly.FigureCorrections;

/**
 * A month's edition as text: the report exactly as it was kept when the edition was taken, then, in a separate part,
 * the corrections since (the figures at the time of reading minus the edition's) for the report's own figures and its
 * additions, signed ({@code +1}, {@code -1}); "none" when the edition still holds.
 */
public final class EditionReport {

    private EditionReport() {
    }

    /**
     * @param keptText the report text kept with the edition (Arabic digits), in {@code language}
     */
    public static String render(String keptText, FigureCorrections corrections, MonthlyReport.Language language,
            boolean thaiDigits) {
        List<String> lines = List.of(keptText.stripTrailing());
        if (language == MonthlyReport.Language.EN) {
            return MonthlyReport.withPart(lines, "Corrections since this edition (as of "
                    + MonthlyReport.englishMoment(corrections.asOf()) + ")", english(corrections));
        }
        String thai = MonthlyReport.withPart(lines, "การแก้ไขหลังจัดทำฉบับนี้ (ข้อมูล ณ วันที่ "
                + MonthlyReport.thaiMoment(corrections.asOf()) + ")", thai(corrections));
        return thaiDigits ? ThaiCalendarText.thaiDigits(thai) : thai;
    }

    private static List<String> thai(FigureCorrections c) {
        if (c.none()) {
            return List.of("ไม่มีการแก้ไข");
        }
        List<String> items = new ArrayList<>();
        if (c.received() != 0) {
            items.add("รับเรื่องร้องเรียน " + signed(c.received()) + " เรื่อง");
        }
        String unit = " เรื่อง";
        MonthlyReport.addCounts(items, "ช่องทาง: ", c.byChannel(), MonthlyReport::thaiChannel, unit, EditionReport::signed);
        MonthlyReport.addCounts(items, "สายงาน: ", c.byLineOfWork(), MonthlyReport::thaiLineOfWork, unit,
                EditionReport::signed);
        MonthlyReport.addCounts(items, "ผลการดำเนินการ: ", c.byDisposition(), MonthlyReport::thaiDisposition, unit,
                EditionReport::signed);
        MonthlyReport.addCounts(items, MonthlyReport.THAI_SCREENED_OUT, c.screenedOutByChannel(),
                MonthlyReport::thaiChannel, unit, EditionReport::signed);
        MonthlyReport.addCounts(items, MonthlyReport.THAI_OUTCOMES, c.internalTrackOutcomes(),
                MonthlyReport::thaiOutcome, unit, EditionReport::signed);
        if (items.isEmpty()) {
            items.add("ตัวเลขที่ไม่อยู่ในรายงาน (เขต กำหนดเวลา) เปลี่ยนไป ดูรายละเอียดในข้อมูล JSON");
        }
        return items;
    }

    private static List<String> english(FigureCorrections c) {
        if (c.none()) {
            return List.of("none");
        }
        List<String> items = new ArrayList<>();
        if (c.received() != 0) {
            items.add("complaints received " + signed(c.received()));
        }
        MonthlyReport.addCounts(items, "by channel: ", c.byChannel(), MonthlyReport::englishChannel, "",
                EditionReport::signed);
        MonthlyReport.addCounts(items, "by line of work: ", c.byLineOfWork(), MonthlyReport::englishLineOfWork, "",
                EditionReport::signed);
        MonthlyReport.addCounts(items, "outcome: ", c.byDisposition(), MonthlyReport::englishDisposition, "",
                EditionReport::signed);
        MonthlyReport.addCounts(items, MonthlyReport.ENGLISH_SCREENED_OUT, c.screenedOutByChannel(),
                MonthlyReport::englishChannel, "", EditionReport::signed);
        MonthlyReport.addCounts(items, MonthlyReport.ENGLISH_OUTCOMES, c.internalTrackOutcomes(),
                MonthlyReport::englishOutcome, "", EditionReport::signed);
        if (items.isEmpty()) {
            items.add("figures outside the report (districts, deadlines) changed: see the JSON");
        }
        return items;
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
