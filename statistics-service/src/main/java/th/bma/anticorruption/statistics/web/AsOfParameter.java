package th.bma.anticorruption.statistics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * The {@code asOf} query parameter: the moment whose figures are asked for. An ISO-8601 instant with an offset
 * ({@code 2023-04-21T16:00:00+07:00}, {@code 2023-04-21T09:00:00Z}; a {@code +} in a query string is written
 * {@code %2B}) or a date ({@code 2023-04-21}), meaning the end of that day in Bangkok (23:59:59.999), or now if that
 * day is today. Kept to the millisecond, as the read model keeps its times. Refused (400, field {@code asOf}): anything
 * else (rule {@code iso-8601}), a moment later than now ({@code not-future}), a moment before the month began
 * ({@code not-before-month}: no complaint of the month can have been known then, so the question is a mistake).
 * A moment before the history of changes began is a 409 ({@code not-before-history}).
 */
final class AsOfParameter {

    static final String FIELD = "asOf";

    private AsOfParameter() {
    }

    /** The moment asked for, or empty when the parameter is absent (the live figures). */
    static Optional<Instant> parse(String text, YearMonth month, Instant now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Instant asOf = moment(text.trim(), now);
        if (asOf.isAfter(now)) {
            throw RequestRejectedException.of(FIELD, "not-future", "asOf must not be later than now.");
        }
        if (asOf.isBefore(StatisticsCalendar.startOf(month).toInstant())) {
            throw RequestRejectedException.of(FIELD, "not-before-month",
                    "asOf must not be before the month began: nothing of the month was known then.");
        }
        return Optional.of(asOf);
    }

    /** Refuses (409, rule {@code not-before-history}) a moment before the history of changes began. */
    static void requireHistory(Instant asOf, Instant historySince) {
        if (asOf.isBefore(historySince)) {
            throw new RequestRejectedException(HttpStatus.CONFLICT, "The history of changes begins at " + historySince
                    + "; a rebuild of the statistics fills it from the topics.", List.of(new FieldViolation(FIELD,
                            "not-before-history", "asOf must not be before the history of changes began.")));
        }
    }

    private static Instant moment(String text, Instant now) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                Instant endOfDay = StatisticsCalendar.endOf(LocalDate.parse(text));
                boolean today = LocalDate.parse(text).equals(LocalDate.ofInstant(now, StatisticsCalendar.BANGKOK));
                return today && endOfDay.isAfter(now) ? now.truncatedTo(ChronoUnit.MILLIS) : endOfDay;
            }
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            String hint = text.contains(" ")
                    ? " A '+' in a query string must be written %2B (2023-04-21T16:00:00%2B07:00)." : "";
            throw RequestRejectedException.of(FIELD, "iso-8601",
                    "asOf must be an ISO-8601 instant with an offset (2023-04-21T16:00:00+07:00) or a date "
                            + "(2023-04-21)." + hint);
        }
    }
}
