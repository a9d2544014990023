package th.bma.anticorruption.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.support.web.RequestRejectedException;

class AsOfParameterTest {

    private static final YearMonth APRIL = YearMonth.of(2023, 4);
    private static final Instant NOW = Instant.parse("2023-05-03T03:00:00.123456Z");

    @Test
    void anInstantWithAnOffsetIsThatInstantToTheMillisecond() {
        assertThat(AsOfParameter.parse("2023-04-21T16:00:00+07:00", APRIL, NOW))
                .contains(Instant.parse("2023-04-21T09:00:00Z"));
        assertThat(AsOfParameter.parse("2023-04-21T09:00:00.987654Z", APRIL, NOW))
                .contains(Instant.parse("2023-04-21T09:00:00.987Z"));
        assertThat(AsOfParameter.parse(null, APRIL, NOW)).isEmpty();
        assertThat(AsOfParameter.parse(" ", APRIL, NOW)).isEmpty();
    }

    @Test
    void aDateIsTheEndOfThatDayInBangkokOrNowIfItIsToday() {
        assertThat(AsOfParameter.parse("2023-04-21", APRIL, NOW)).contains(Instant.parse("2023-04-21T16:59:59.999Z"));
        assertThat(AsOfParameter.parse("2023-04-30", APRIL, NOW)).contains(Instant.parse("2023-04-30T16:59:59.999Z"));
        // 3 May in Bangkok is today: the day so far.
        assertThat(AsOfParameter.parse("2023-05-03", APRIL, NOW)).contains(Instant.parse("2023-05-03T03:00:00.123Z"));
    }

    @Test
    void refusesWhatIsNotAMomentAFutureMomentAndAMomentBeforeTheMonthBegan() {
        assertRefused("21/04/2023", "iso-8601");
        assertRefused("2023-04-21T16:00:00", "iso-8601");
        assertRefused("2023-02-30", "iso-8601");
        // "+07:00" sent unencoded in a query string arrives as " 07:00": the message says how to write it.
        assertThatThrownBy(() -> AsOfParameter.parse("2023-04-21T16:00:00 07:00", APRIL, NOW))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.violations().get(0)
                        .message()).contains("%2B"));
        assertRefused("2023-05-04", "not-future");
        assertRefused("2023-05-03T10:00:01+07:00", "not-future");
        // 1 April 00:00 Bangkok is the month's first instant; a moment before it knows nothing of April.
        assertThat(AsOfParameter.parse("2023-03-31T17:00:00Z", APRIL, NOW)).isPresent();
        assertRefused("2023-03-31T23:59:59+07:00", "not-before-month");
        assertRefused("2023-03-31", "not-before-month");
    }

    @Test
    void aMomentBeforeTheHistoryBeganIsAConflictNotABadRequest() {
        Instant historySince = Instant.parse("2023-04-25T00:00:00Z");
        AsOfParameter.requireHistory(historySince, historySince);
        assertThatThrownBy(() -> AsOfParameter.requireHistory(Instant.parse("2023-04-21T09:00:00Z"), historySince))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.violations().get(0).field()).isEqualTo("asOf");
                    assertThat(e.violations().get(0).rule()).isEqualTo("not-before-history");
                });
    }

    private static void assertRefused(String text, String rule) {
        assertThatThrownBy(() -> AsOfParameter.parse(text, APRIL, NOW))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("asOf");
                    assertThat(e.violations().get(0).rule()).as(text).isEqualTo(rule);
                });
    }
}
