package th.bma.anticorruption.statistics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ThaiCalendarTextTest {

    @Test
    void writesBuddhistEraMonthsTheWayTheCentreDoes() {
        assertThat(ThaiCalendarText.month(YearMonth.of(2023, 2))).isEqualTo("ก.พ. 66");
        assertThat(ThaiCalendarText.month(YearMonth.of(2023, 4))).isEqualTo("เม.ย. 66");
        assertThat(ThaiCalendarText.month(YearMonth.of(2057, 12))).isEqualTo("ธ.ค. 00");
        assertThat(ThaiCalendarText.buddhistYear(2023)).isEqualTo(2566);
        assertThat(ThaiCalendarText.date(LocalDate.of(2023, 1, 5))).isEqualTo("5 ม.ค. 66");
        assertThat(ThaiCalendarText.time(LocalTime.of(9, 5))).isEqualTo("09.05 น.");
    }

    @Test
    void thaiDigitsReplaceOnlyDigits() {
        assertThat(ThaiCalendarText.thaiDigits("ก.พ. 66: 23 เรื่อง, 1555"))
                .isEqualTo("ก.พ. ๖๖: ๒๓ เรื่อง, ๑๕๕๕");
    }
}
