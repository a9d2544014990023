package th.bma.anticorruption.intake.traffy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.GeoPoint;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.validation.DistrictMentions;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;

/**
 * Validates a Traffy ticket and turns it into an {@link IncomingComplaint}: categories from {@code type}, the
 * organisation from {@code orgs}, the district from the address or the organisations, the time in Bangkok time.
 * Traffy sends no complainant identity; personal data inside the text is masked and sealed downstream.
 */
public final class TraffyTickets {

    public static final Pattern TICKET_ID = Pattern.compile("\\d{4}-[A-Za-z0-9]{4,12}");
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_SHORT_TEXT = 300;
    public static final int MAX_TICKET_ID = 20;
    public static final int MAX_TIMESTAMP = 40;
    public static final int MAX_DISTRICT = 100;
    public static final int MAX_ORGANISATIONS = 20;

    private TraffyTickets() {
    }

    /** The fields of a ticket whatever it arrived in (webhook or either CSV layout), already NFC. */
    public record Ticket(String ticketId, String timestamp, String description, String type, Double latitude,
            Double longitude, String address, List<String> organisations, String district) {
    }

    public static Ticket of(TraffyNewIssue issue) {
        List<String> organisations = issue.orgs() == null ? List.of()
                : issue.orgs().stream().filter(o -> o != null && !ThaiText.isBlank(o.org()))
                        .map(o -> ThaiText.normalise(o.org())).toList();
        return new Ticket(ThaiText.normalise(issue.ticketId()), issue.timestamp(), ThaiText.normalise(issue.description()),
                ThaiText.normalise(issue.type()), issue.latitude(), issue.longitude(), ThaiText.normalise(issue.address()),
                organisations, null);
    }

    /** Records every broken rule in {@code violations}; returns null if there is any. */
    public static IncomingComplaint toComplaint(Ticket ticket, Violations violations) {
        violations.required("ticket_id", ticket.ticketId())
                .maxGraphemes("ticket_id", ticket.ticketId(), MAX_TICKET_ID)
                .pattern("ticket_id", ticket.ticketId(), TICKET_ID, "format", "The ticket id must look like 2026-B9WGC7.")
                .required("timestamp", ticket.timestamp())
                .maxGraphemes("timestamp", ticket.timestamp(), MAX_TIMESTAMP)
                .required("description", ticket.description())
                .maxGraphemes("description", ticket.description(), MAX_DESCRIPTION)
                .maxGraphemes("type", ticket.type(), MAX_SHORT_TEXT)
                .maxGraphemes("address", ticket.address(), MAX_ADDRESS)
                .maxGraphemes("district", ticket.district(), MAX_DISTRICT)
                .insideThailand("latitude", ticket.latitude(), "longitude", ticket.longitude());
        if (ticket.organisations().size() > MAX_ORGANISATIONS) {
            violations.add("organization", "max-items", "A ticket names at most " + MAX_ORGANISATIONS
                    + " organisations.");
        }
        for (String organisation : ticket.organisations()) {
            if (ThaiText.graphemes(organisation) > MAX_SHORT_TEXT) {
                violations.add("organization", "max-length", "An organisation is longer than " + MAX_SHORT_TEXT
                        + " characters.");
                break;
            }
        }
        if ((ticket.latitude() == null) != (ticket.longitude() == null)) {
            violations.add(ticket.latitude() == null ? "latitude" : "longitude", "required",
                    "Latitude and longitude come together.");
        }
        OffsetDateTime receivedAt = null;
        if (!ThaiText.isBlank(ticket.timestamp()) && ticket.timestamp().length() <= MAX_TIMESTAMP) {
            try {
                receivedAt = TraffyTimestamps.parse(ticket.timestamp());
            } catch (DateTimeParseException e) {
                violations.add("timestamp", "date-time",
                        "The timestamp must look like 2026-08-20 22:25:37.433959 (Bangkok time) or carry an offset.");
            }
        }
        if (!violations.isEmpty()) {
            return null;
        }
        String organisation = ticket.organisations().isEmpty() ? null : ticket.organisations().get(0);
        String district = BangkokDistrict.fromThai(ticket.district())
                .or(() -> DistrictMentions.find(ticket.address()))
                .or(() -> ticket.organisations().stream().map(DistrictMentions::find)
                        .flatMap(java.util.Optional::stream).findFirst())
                .map(BangkokDistrict::nameTh)
                .orElse(null);
        GeoPoint location = ticket.latitude() == null ? null : new GeoPoint(ticket.latitude(), ticket.longitude());
        return new IncomingComplaint(Channel.TRAFFY_FONDUE, ticket.ticketId(), receivedAt, district,
                TraffyCategories.parse(ticket.type()), organisation, ticket.description(), location, null,
                ComplainantIdentity.NONE);
    }
}
