package th.bma.anticorruption.intake.traffy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Traffy's timestamps: webhooks and the Exchange API send naive Bangkok time ({@code 2026-08-20 22:25:37.433959}),
 * the public dump UTC with an offset ({@code 2022-06-04 15:34:14.868164+00}). Either way the result is in Bangkok
 * time (+07:00), which decides the month a complaint counts in.
 */
public final class TraffyTimestamps {

    public static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private TraffyTimestamps() {
    }

    /** @throws DateTimeParseException if it is not a Traffy timestamp */
    public static OffsetDateTime parse(String text) {
        TemporalAccessor parsed = FORMAT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime withOffset) {
            return withOffset.withOffsetSameInstant(BANGKOK);
        }
        return ((LocalDateTime) parsed).atOffset(BANGKOK);
    }
}
