package th.bma.anticorruption.statistics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.statistics.monthly.ClosureOutcome;

/** The report's words: Thai dates as official text writes them, English plurals, a name for every code. */
class ReportTextsTest {

    private static final ReportTexts THAI = ReportTexts.of(MonthlyReport.Language.TH);
    private static final ReportTexts ENGLISH = ReportTexts.of(MonthlyReport.Language.EN);

    @Test
    void thaiDatesAreInTheBuddhistEraWithAbbreviatedMonthsAndTwoDigitYears() {
        assertThat(THAI.month(YearMonth.of(2023, 2))).isEqualTo("ก.พ. 66");
        assertThat(THAI.month(YearMonth.of(2023, 4))).isEqualTo("เม.ย. 66");
        assertThat(THAI.month(YearMonth.of(2057, 12))).isEqualTo("ธ.ค. 00");
        assertThat(THAI.moment(OffsetDateTime.parse("2023-01-05T02:05:00Z"))).as("Bangkok time")
                .isEqualTo("5 ม.ค. 66 เวลา 09.05 น.");
        assertThat(ENGLISH.moment(OffsetDateTime.parse("2023-04-30T16:59:00Z")))
                .isEqualTo("30 April 2023, 23:59 Bangkok time");
    }

    @Test
    void thaiDigitsReplaceEveryArabicDigitAndNothingElse() {
        assertThat(ReportTexts.thaiDigits("ก.พ. 66: 23 เรื่อง, 1555 Traffy")).isEqualTo("ก.พ. ๖๖: ๒๓ เรื่อง, ๑๕๕๕ Traffy");
    }

    @Test
    void englishCountsAgreeWithTheirNoun() {
        assertThat(ENGLISH.text("received", "n", "1", "count", 1L)).isEqualTo("1 complaint received");
        assertThat(ENGLISH.text("received", "n", "1234", "count", 1234L)).isEqualTo("1234 complaints received");
        assertThat(THAI.text("received", "n", "1", "count", 1L)).isEqualTo("รับเรื่องร้องเรียน 1 เรื่อง");
    }

    @Test
    void aThaiListPutsAndBeforeItsLastItem() {
        assertThat(THAI.join("list", java.util.List.of("ก", "ข", "ค"))).isEqualTo("ก ข และค");
        assertThat(ENGLISH.join("list", java.util.List.of("a", "b", "c"))).isEqualTo("a, b, c");
    }

    @ParameterizedTest
    @EnumSource(MonthlyReport.Language.class)
    void everyCodeTheReportCanMeetHasANameInEachLanguage(MonthlyReport.Language language) {
        ReportTexts texts = ReportTexts.of(language);
        Stream.of(codes("channel", Channel.values()), codes("lineOfWork", LineOfWork.values()),
                codes("disposition", Disposition.values()), codes("outcome", ClosureOutcome.values()))
                .flatMap(s -> s)
                .forEach(kindAndCode -> assertThat(texts.name(kindAndCode[0], kindAndCode[1]))
                        .as("%s.%s in %s", kindAndCode[0], kindAndCode[1], language).isNotBlank());
    }

    private static Stream<String[]> codes(String kind, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new String[] {kind, value.name()});
    }
}
