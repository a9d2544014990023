package th.bma.anticorruption.intake.validation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Collects every broken rule of one request, so the channel learns all of them at once. Messages name the rule,
 * never the value (values may be personal data).
 */
public final class Violations {

    /** Thailand's bounding box: anything outside is a typo or a swapped latitude/longitude. */
    public static final double MIN_LATITUDE = 5.5;
    public static final double MAX_LATITUDE = 20.5;
    public static final double MIN_LONGITUDE = 97.3;
    public static final double MAX_LONGITUDE = 105.7;

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "required", "The field is required.");
        }
        return this;
    }

    /** Length in graphemes of NFC text, so Thai combining marks do not count twice. */
    public Violations maxGraphemes(String field, String value, int max) {
        // A grapheme is at least one char: a text no longer than max chars needs no counting.
        if (value != null && value.length() > max && ThaiText.graphemes(value) > max) {
            add(field, "max-length", "The field is longer than " + max + " characters.");
        }
        return this;
    }

    public Violations minGraphemes(String field, String value, int min) {
        if (value != null && !value.isBlank() && ThaiText.graphemes(value.strip()) < min) {
            add(field, "min-length", "The field is shorter than " + min + " characters.");
        }
        return this;
    }

    public Violations pattern(String field, String value, Pattern pattern, String rule, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, rule, message);
        }
        return this;
    }

    public Violations insideThailand(String latitudeField, Double latitude, String longitudeField, Double longitude) {
        if (latitude != null && (latitude.isNaN() || latitude < MIN_LATITUDE || latitude > MAX_LATITUDE)) {
            add(latitudeField, "inside-thailand", "The latitude must lie between 5.5 and 20.5.");
        }
        if (longitude != null && (longitude.isNaN() || longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE)) {
            add(longitudeField, "inside-thailand", "The longitude must lie between 97.3 and 105.7.");
        }
        return this;
    }

    /** Parses an ISO-8601 date-time that must carry its offset; records a violation and returns null otherwise. */
    public OffsetDateTime isoWithOffset(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            add(field, "iso-8601-with-offset", "The field must be an ISO-8601 date-time with an offset, e.g. 2026-08-20T22:25:37+07:00.");
            return null;
        }
    }

    public Violations add(String field, String rule, String message) {
        found.add(new FieldViolation(field, rule, message));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** Throws a 400 problem listing every violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RequestRejectedException(found);
        }
    }
}
