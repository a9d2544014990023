package th.bma.anticorruption.intake.traffy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import th.bma.anticorruption.contracts.EvidenceLink;

import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;

/**
 * The two Traffy CSV layouts, told apart by their header: the public dump
 * ({@code ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,province,
 * timestamp,state,star,count_reopen,last_activity}, often with a UTF-8 byte-order mark, coords "lon,lat" - a
 * "lat,lon" pair is recognised by its ranges -, types {@code {ถนน,ทุจริต}}, UTC timestamps)
 * and the Exchange API's download layout (webhook field names: description, latitude, longitude, org(s),
 * naive Bangkok timestamps). Columns are found by name, so column order and extra columns do not matter.
 */
public final class TraffyCsvLayout {

    /** Which layout a header is. */
    public enum Kind {
        PUBLIC_DUMP, EXCHANGE_API
    }

    private static final int MAX_COORDS = 60;
    private static final Pattern SEVERAL_URLS = Pattern.compile("\\s*,\\s*(?=https?://)", Pattern.CASE_INSENSITIVE);

    private final Kind kind;
    private final Map<String, Integer> columns;
    private final int width;

    private TraffyCsvLayout(Kind kind, Map<String, Integer> columns, int width) {
        this.kind = kind;
        this.columns = columns;
        this.width = width;
    }

    public static Optional<TraffyCsvLayout> of(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("ticket_id") || !columns.containsKey("timestamp")) {
            return Optional.empty();
        }
        if (columns.containsKey("comment") && columns.containsKey("coords")) {
            return Optional.of(new TraffyCsvLayout(Kind.PUBLIC_DUMP, columns, header.size()));
        }
        if (columns.containsKey("description")) {
            return Optional.of(new TraffyCsvLayout(Kind.EXCHANGE_API, columns, header.size()));
        }
        return Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    /** A row as a ticket; malformed coordinates are recorded in {@code violations}. */
    public TraffyTickets.Ticket ticket(List<String> row, Violations violations) {
        if (row.size() < width) {
            violations.add("row", "field-count", "The row has " + row.size() + " fields, the header " + width + ".");
        }
        Double latitude;
        Double longitude;
        if (kind == Kind.PUBLIC_DUMP) {
            String coords = field(row, "coords");
            latitude = null;
            longitude = null;
            if (coords != null && coords.length() > MAX_COORDS) {
                violations.add("coords", "max-length", "The coordinates are longer than " + MAX_COORDS + " characters.");
            } else if (coords != null) {
                String[] parts = coords.split(",");
                Double first = parts.length == 2 ? number(parts[0]) : null;
                Double second = parts.length == 2 ? number(parts[1]) : null;
                if (first == null || second == null) {
                    violations.add("coords", "format", "The coordinates must be longitude,latitude.");
                } else if (looksLikeLatitude(first) && looksLikeLongitude(second)) {
                    // Some re-exports of the dump write latitude first; in Thailand the two ranges cannot be confused.
                    latitude = first;
                    longitude = second;
                } else {
                    longitude = first;
                    latitude = second;
                }
            }
        } else {
            latitude = numberField(row, "latitude", violations);
            longitude = numberField(row, "longitude", violations);
        }
        String organisations = firstOf(row, "organization", "orgs", "org");
        return new TraffyTickets.Ticket(field(row, "ticket_id"), field(row, "timestamp"),
                firstOf(row, "comment", "description"), field(row, "type"), latitude, longitude, field(row, "address"),
                splitOrganisations(organisations), field(row, "district"));
    }

    /**
     * What a row says about the ticket itself: {@code state} (type or Thai label), {@code last_activity},
     * {@code count_reopen}, {@code photo} and {@code photo_after}; broken rules are recorded in {@code violations}.
     */
    public TraffyTicketState ticketState(List<String> row, Violations violations) {
        String stateText = firstOf(row, "state", "status");
        TraffyState state = null;
        if (stateText != null) {
            state = TraffyState.of(stateText).orElse(null);
            if (state == null) {
                violations.add("state", "one-of", "The state must be a Traffy state type or one of its Thai labels.");
            }
        }
        OffsetDateTime at = null;
        String lastActivity = field(row, "last_activity");
        if (lastActivity != null) {
            try {
                at = TraffyTimestamps.parse(lastActivity);
            } catch (DateTimeParseException e) {
                violations.add("last_activity", "date-time", "The last activity must be a Traffy timestamp.");
            }
        }
        Integer countReopen = null;
        String reopened = field(row, "count_reopen");
        if (reopened != null) {
            Double value = number(reopened);
            if (value == null || value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
                violations.add("count_reopen", "non-negative-integer", "The reopen count must be a whole number, 0 or more.");
            } else {
                countReopen = value.intValue();
            }
        }
        List<EvidenceLink> photos = new ArrayList<>(TraffyPhotos.of("photo", urls(field(row, "photo")),
                EvidenceLink.Kind.PHOTO, violations));
        photos.addAll(TraffyPhotos.of("photo_after", urls(field(row, "photo_after")), EvidenceLink.Kind.PHOTO_AFTER,
                violations));
        return new TraffyTicketState(state, state == null ? null : state.labelFor(stateText), at, countReopen, photos);
    }

    private static List<String> urls(String text) {
        // A cell holds one URL; some re-exports list several, separated by commas before each scheme.
        return text == null ? List.of() : List.of(SEVERAL_URLS.split(text));
    }

    private static boolean looksLikeLatitude(double value) {
        return value >= 5.5 && value <= 20.5;
    }

    private static boolean looksLikeLongitude(double value) {
        return value >= 97.3 && value <= 105.7;
    }

    private static List<String> splitOrganisations(String text) {
        List<String> organisations = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String name = ThaiText.normalise(part);
                if (!name.isEmpty()) {
                    organisations.add(name);
                }
            }
        }
        return organisations;
    }

    private Double numberField(List<String> row, String name, Violations violations) {
        String text = field(row, name);
        if (text == null) {
            return null;
        }
        Double value = number(text);
        if (value == null) {
            violations.add(name, "number", "The field must be a number.");
        }
        return value;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String firstOf(List<String> row, String... names) {
        for (String name : names) {
            String value = field(row, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private String field(List<String> row, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = ThaiText.normalise(row.get(index));
        return value.isEmpty() ? null : value;
    }
}
