package th.bma.anticorruption.statistics.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.ClosureOutcome;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * The centre's monthly report as text, in the form of the report the monitoring centre gives the Governor's meeting:
 * complaints received, per channel with their lines of work, per line of work, and what became of them. In Thai
 * (Buddhist Era, abbreviated months, optionally Thai digits) or English. A month still running, or reported as it
 * stood on a day within it, is reported as month to date ("1–21 เม.ย. 66"). What the platform counts beyond the
 * centre's report (records screened out, outcomes of closed internal-track cases) follows in a separate part headed
 * {@value #THAI_ADDITIONS} / {@value #ENGLISH_ADDITIONS}, only when there is something to state.
 */
public final class MonthlyReport {

    /** The report's language. */
    public enum Language {
        TH, EN
    }

    static final String THAI_ADDITIONS = "ส่วนเพิ่มเติม (นอกเหนือจากรายงานของศูนย์ฯ)";
    static final String ENGLISH_ADDITIONS = "Additions (not part of the centre's report)";
    static final String THAI_SCREENED_OUT = "เรื่องที่คัดกรองแล้วไม่เกี่ยวกับการทุจริต: ";
    static final String ENGLISH_SCREENED_OUT = "Screened out as not about corruption: ";
    static final String THAI_OUTCOMES = "ผลของเรื่องที่สำนักงาน ก.ก. ตรวจสอบและยุติแล้ว: ";
    static final String ENGLISH_OUTCOMES = "Closed internal-track cases (ก.ก. office) by outcome: ";

    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MonthlyReport() {
    }

    /**
     * @param statistics   the month's figures
     * @param monthToDate  the last day covered when the month is still running (or was at {@code asOf}), or null for
     *                     a whole month
     * @param thaiDigits   write Thai digits (Thai only)
     */
    public static String render(MonthlyStatistics statistics, LocalDate monthToDate, Language language,
            boolean thaiDigits) {
        YearMonth month = StatisticsCalendar.parseMonth(statistics.month())
                .orElseThrow(() -> new IllegalArgumentException("not a month: " + statistics.month()));
        if (language == Language.EN) {
            return english(statistics, month, monthToDate);
        }
        String thai = thai(statistics, month, monthToDate);
        return thaiDigits ? ThaiCalendarText.thaiDigits(thai) : thai;
    }

    private static String thai(MonthlyStatistics s, YearMonth month, LocalDate monthToDate) {
        List<String> lines = new ArrayList<>();
        lines.add("สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)");
        lines.add(monthToDate == null
                ? "ประจำเดือน " + ThaiCalendarText.month(month)
                : "ประจำเดือน " + ThaiCalendarText.month(month) + " (ตั้งแต่วันที่ 1–" + monthToDate.getDayOfMonth()
                        + " " + ThaiCalendarText.month(month) + ")");
        lines.add("รับเรื่องร้องเรียน " + s.received() + " เรื่อง");
        if (!s.byChannel().isEmpty()) {
            List<String> channels = new ArrayList<>();
            s.byChannel().forEach((channel, n) -> {
                List<String> channelLines = new ArrayList<>();
                s.byChannelAndLineOfWork().getOrDefault(channel, Map.of()).forEach((line, m) -> {
                    if (m > 0) {
                        channelLines.add(thaiLineOfWork(line) + " " + m + " เรื่อง");
                    }
                });
                channels.add(thaiChannel(channel) + " " + n + " เรื่อง (" + String.join(", ", channelLines) + ")");
            });
            lines.add("ช่องทาง: " + joinThai(channels));
        }
        List<String> lineOfWork = new ArrayList<>();
        s.byLineOfWork().forEach((line, n) -> lineOfWork.add("สายงาน" + thaiLineOfWork(line) + " " + n + " เรื่อง"));
        lines.add("แบ่งเป็น " + joinThai(lineOfWork));
        List<String> outcomes = new ArrayList<>();
        s.byDisposition().forEach((disposition, n) -> {
            if (n > 0) {
                outcomes.add(thaiDisposition(disposition) + " " + n + " เรื่อง");
            }
        });
        if (!outcomes.isEmpty()) {
            lines.add("ผลการดำเนินการ: " + String.join(" ", outcomes));
        }
        lines.add("ข้อมูล ณ วันที่ " + thaiMoment(s.asOf()));
        List<String> additions = new ArrayList<>();
        addCounts(additions, THAI_SCREENED_OUT, s.screenedOutByChannel(), MonthlyReport::thaiChannel, " เรื่อง",
                Long::toString);
        addCounts(additions, THAI_OUTCOMES, s.internalTrackOutcomes(), MonthlyReport::thaiOutcome, " เรื่อง",
                Long::toString);
        return withPart(lines, THAI_ADDITIONS, additions);
    }

    private static String english(MonthlyStatistics s, YearMonth month, LocalDate monthToDate) {
        List<String> lines = new ArrayList<>();
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        lines.add("Complaints received by the BMA Anti-Corruption Monitoring Centre (ศตท.กทม.)");
        lines.add(monthToDate == null
                ? monthName + " " + month.getYear()
                : monthName + " " + month.getYear() + ", month to date (1–" + monthToDate.getDayOfMonth() + " "
                        + monthName + " " + month.getYear() + ")");
        lines.add(s.received() + (s.received() == 1 ? " complaint received" : " complaints received"));
        if (!s.byChannel().isEmpty()) {
            List<String> channels = new ArrayList<>();
            s.byChannel().forEach((channel, n) -> {
                List<String> channelLines = new ArrayList<>();
                s.byChannelAndLineOfWork().getOrDefault(channel, Map.of()).forEach((line, m) -> {
                    if (m > 0) {
                        channelLines.add(englishLineOfWork(line) + " " + m);
                    }
                });
                channels.add(englishChannel(channel) + " " + n + " (" + String.join(", ", channelLines) + ")");
            });
            lines.add("By channel: " + String.join(", ", channels));
        }
        List<String> lineOfWork = new ArrayList<>();
        s.byLineOfWork().forEach((line, n) -> lineOfWork.add(englishLineOfWork(line) + " " + n));
        lines.add("By line of work: " + String.join(", ", lineOfWork));
        List<String> outcomes = new ArrayList<>();
        s.byDisposition().forEach((disposition, n) -> {
            if (n > 0) {
                outcomes.add(englishDisposition(disposition) + " " + n);
            }
        });
        if (!outcomes.isEmpty()) {
            lines.add("Outcome: " + String.join(", ", outcomes));
        }
        lines.add("As of " + englishMoment(s.asOf()));
        List<String> additions = new ArrayList<>();
        addCounts(additions, ENGLISH_SCREENED_OUT, s.screenedOutByChannel(), MonthlyReport::englishChannel, "",
                Long::toString);
        addCounts(additions, ENGLISH_OUTCOMES, s.internalTrackOutcomes(), MonthlyReport::englishOutcome, "",
                Long::toString);
        return withPart(lines, ENGLISH_ADDITIONS, additions);
    }

    /** The lines, then (if it has items) a blank line, the part's heading and its items, one per line. */
    static String withPart(List<String> lines, String heading, List<String> items) {
        List<String> all = new ArrayList<>(lines);
        if (!items.isEmpty()) {
            all.add("");
            all.add(heading);
            items.forEach(item -> all.add("- " + item));
        }
        return String.join("\n", all) + "\n";
    }

    /**
     * Adds the item "label: name n unit, name n unit" of the non-zero counts (in the map's order), if there is one;
     * {@code number} writes a count (plain, or signed for corrections).
     */
    static void addCounts(List<String> items, String label, Map<String, Long> counts, UnaryOperator<String> name,
            String unit, LongFunction<String> number) {
        List<String> named = new ArrayList<>();
        if (counts != null) {
            counts.forEach((key, n) -> {
                if (n != 0) {
                    named.add(name.apply(key) + " " + number.apply(n) + unit);
                }
            });
        }
        if (!named.isEmpty()) {
            items.add(label + String.join(", ", named));
        }
    }

    /** "21 เม.ย. 66 เวลา 16.00 น." in Bangkok time. */
    static String thaiMoment(OffsetDateTime moment) {
        OffsetDateTime bangkok = moment.atZoneSameInstant(StatisticsCalendar.BANGKOK).toOffsetDateTime();
        return ThaiCalendarText.date(bangkok.toLocalDate()) + " เวลา " + ThaiCalendarText.time(bangkok.toLocalTime());
    }

    /** "21 April 2023, 16:00 Bangkok time". */
    static String englishMoment(OffsetDateTime moment) {
        OffsetDateTime bangkok = moment.atZoneSameInstant(StatisticsCalendar.BANGKOK).toOffsetDateTime();
        return bangkok.getDayOfMonth() + " " + bangkok.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + bangkok.getYear() + ", " + ENGLISH_TIME.format(bangkok) + " Bangkok time";
    }

    private static String joinThai(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(" ", items.subList(0, items.size() - 1)) + " และ" + items.get(items.size() - 1);
    }

    static String thaiChannel(String channel) {
        return switch (Channel.valueOf(channel)) {
            case TRAFFY_FONDUE -> "Traffy Fondue";
            case HOTLINE_1555 -> "สายด่วนกทม. 1555";
            case EXECUTIVE_REFERRAL -> "ผู้บริหารกทม.";
            case LETTER -> "หนังสือร้องเรียน";
            case WEBSITE -> "เว็บไซต์กทม.";
            case WALK_IN -> "ร้องเรียนด้วยตนเอง";
        };
    }

    static String englishChannel(String channel) {
        return switch (Channel.valueOf(channel)) {
            case TRAFFY_FONDUE -> "Traffy Fondue";
            case HOTLINE_1555 -> "Hotline 1555";
            case EXECUTIVE_REFERRAL -> "BMA executives";
            case LETTER -> "letters";
            case WEBSITE -> "BMA website";
            case WALK_IN -> "in person";
        };
    }

    static String thaiLineOfWork(String line) {
        return switch (LineOfWork.valueOf(line)) {
            case PUBLIC_WORKS -> "โยธา";
            case CITY_LAW_ENFORCEMENT -> "เทศกิจ";
            case REVENUE -> "รายได้";
            case ENVIRONMENT -> "สิ่งแวดล้อม";
            case OTHER -> "อื่นๆ";
        };
    }

    static String englishLineOfWork(String line) {
        return switch (LineOfWork.valueOf(line)) {
            case PUBLIC_WORKS -> "public works";
            case CITY_LAW_ENFORCEMENT -> "city law enforcement";
            case REVENUE -> "revenue";
            case ENVIRONMENT -> "environment";
            case OTHER -> "other";
        };
    }

    static String thaiDisposition(String disposition) {
        return switch (Disposition.valueOf(disposition)) {
            case COMPLETED -> "ดำเนินการเสร็จสิ้น";
            case FORWARDED_TO_UNIT -> "ส่งต่อให้หน่วยงานดำเนินการ";
            case FORWARDED_TO_WORKING_GROUP -> "ส่งต่อให้คณะทำงานดำเนินการ";
            case REFERRED_TO_NACC -> "ส่งเรื่องให้สำนักงาน ป.ป.ช.";
            case REFERRED_TO_PACC -> "ส่งเรื่องให้สำนักงาน ป.ป.ท.";
            case UNDER_VERIFICATION -> "อยู่ระหว่างตรวจสอบข้อมูล";
        };
    }

    static String thaiOutcome(String outcome) {
        return switch (ClosureOutcome.valueOf(outcome)) {
            case NOT_CREDIBLE -> "ข้อมูลไม่น่าเชื่อถือ";
            case NOT_GROUNDED -> "ไม่มีมูล";
            case DISCIPLINARY_INQUIRY -> "สอบสวนทางวินัย";
            case CRIMINAL_REFERRAL_NACC -> "ส่งสำนักงาน ป.ป.ช. ดำเนินคดีอาญา";
            case CRIMINAL_REFERRAL_PACC -> "ส่งสำนักงาน ป.ป.ท. ดำเนินคดีอาญา";
            case CRIMINAL_REFERRAL_POLICE -> "ร้องทุกข์กล่าวโทษต่อพนักงานสอบสวน";
            case ADMINISTRATIVE_MEASURE -> "มาตรการทางการบริหาร";
            case NO_ACTION -> "ไม่มีคำสั่งให้ดำเนินการ";
            case OUTCOME_NOT_RECORDED -> "ไม่ได้บันทึกผล";
        };
    }

    static String englishOutcome(String outcome) {
        return switch (ClosureOutcome.valueOf(outcome)) {
            case NOT_CREDIBLE -> "not credible";
            case NOT_GROUNDED -> "not grounded";
            case DISCIPLINARY_INQUIRY -> "disciplinary inquiry";
            case CRIMINAL_REFERRAL_NACC -> "criminal referral to the NACC";
            case CRIMINAL_REFERRAL_PACC -> "criminal referral to the PACC";
            case CRIMINAL_REFERRAL_POLICE -> "criminal complaint to the police";
            case ADMINISTRATIVE_MEASURE -> "administrative measure";
            case NO_ACTION -> "no action";
            case OUTCOME_NOT_RECORDED -> "outcome not recorded";
        };
    }

    static String englishDisposition(String disposition) {
        return switch (Disposition.valueOf(disposition)) {
            case COMPLETED -> "completed";
            case FORWARDED_TO_UNIT -> "forwarded to units";
            case FORWARDED_TO_WORKING_GROUP -> "forwarded to working groups";
            case REFERRED_TO_NACC -> "sent to the NACC";
            case REFERRED_TO_PACC -> "sent to the PACC";
            case UNDER_VERIFICATION -> "under verification";
        };
    }
}
