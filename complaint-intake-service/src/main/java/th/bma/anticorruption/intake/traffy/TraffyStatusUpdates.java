package th.bma.anticorruption.intake.traffy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ChannelStatusDetails;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.web.NotFoundException;

/**
 * A Traffy status update on a tracked ticket, and what a new issue or an imported row says about the ticket itself,
 * become {@code ComplaintChannelStatusUpdated} (the case's channel status and timeline; photos as evidence links).
 * Event ids are derived from ticket, time and state, so a re-pushed update or record is the same event to consumers.
 * Sent and awaited before the answer (through the outbox's sender, which batches concurrent requests' records): if
 * the broker does not take it, the channel gets an error and pushes again.
 */
public class TraffyStatusUpdates {

    private final ComplaintIntake intake;
    private final OutboxSender sender;
    private final JsonMapper json;
    private final SealedTexts sealedTexts;
    private final Clock clock;

    public TraffyStatusUpdates(ComplaintIntake intake, OutboxSender sender, JsonMapper json, SealedTexts sealedTexts,
            Clock clock) {
        this.intake = intake;
        this.sender = sender;
        this.json = json;
        this.sealedTexts = sealedTexts;
        this.clock = clock;
    }

    public ComplaintChannelStatusUpdated apply(TraffyStatusUpdate update) {
        Violations violations = new Violations();
        String ticketId = ThaiText.normalise(update.ticketId());
        violations.required("ticket_id", ticketId)
                .pattern("ticket_id", ticketId, TraffyTickets.TICKET_ID, "format", "The ticket id must look like 2026-B9WGC7.")
                .required("timestamp", update.timestamp())
                .required("status", update.status())
                .maxGraphemes("note", ThaiText.normalise(update.note()), TraffyTickets.MAX_DESCRIPTION)
                .maxGraphemes("org", ThaiText.normalise(update.org()), TraffyTickets.MAX_SHORT_TEXT);
        TraffyState state = null;
        if (!ThaiText.isBlank(update.status())) {
            state = TraffyState.of(update.status()).orElse(null);
            if (state == null) {
                violations.add("status", "one-of", "The status must be a Traffy state type or one of its Thai labels.");
            }
        }
        OffsetDateTime statusAt = null;
        if (!ThaiText.isBlank(update.timestamp())) {
            try {
                statusAt = TraffyTimestamps.parse(update.timestamp());
            } catch (DateTimeParseException e) {
                violations.add("timestamp", "date-time", "The timestamp must look like 2026-08-20 22:25:37.433959.");
            }
        }
        List<EvidenceLink> photos = TraffyPhotos.of("photo", update.photo(), EvidenceLink.Kind.PHOTO_AFTER, violations);
        violations.throwIfAny();
        String complaintId = intake.complaintOf(Channel.TRAFFY_FONDUE, ticketId)
                .orElseThrow(() -> new NotFoundException("No tracked complaint for this Traffy ticket."));
        UUID eventId = eventId("traffy-status:" + ticketId + ":" + statusAt + ":" + state.type());
        String note = update.note() == null ? null
                : sealedTexts.maskOnce(eventId.toString(), complaintId, "traffy-status.note", "traffy-fondue", update.note());
        return publish(event(eventId, complaintId, ticketId, statusAt, state, state.labelFor(update.status()),
                ThaiText.normalise(update.org()), note, new ChannelStatusDetails(state.closesTicket(), false, null, photos)));
    }

    /**
     * Puts what a ticket's own record says (state, reopen count, photos) on the complaint intake took it as, as a
     * channel status. {@code backfilled}: the record opened the complaint by an import, so a closed state opens its
     * case closed. The event id is derived from the record's facts, so taking the same record again changes nothing.
     */
    public void recordTicketState(String complaintId, String ticketId, OffsetDateTime receivedAt,
            TraffyTicketState ticket, boolean backfilled) {
        ticketStateEvent(complaintId, ticketId, receivedAt, ticket, backfilled).ifPresent(this::publish);
    }

    /** Many at once (a CSV import's batch), in one round trip to the broker; fails unless the broker took them all. */
    public void recordTicketStates(List<ComplaintChannelStatusUpdated> events) {
        if (!events.isEmpty() && !sendAll(events)) {
            throw new IllegalStateException("the broker did not take the tickets' states");
        }
    }

    /** The event {@link #recordTicketState} publishes; empty when the record says nothing about the ticket. */
    public Optional<ComplaintChannelStatusUpdated> ticketStateEvent(String complaintId, String ticketId,
            OffsetDateTime receivedAt, TraffyTicketState ticket, boolean backfilled) {
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        TraffyState state = ticket.state() == null ? TraffyState.START : ticket.state();
        OffsetDateTime at = ticket.at() == null ? receivedAt : ticket.at();
        UUID eventId = eventId("traffy-record:" + ticketId + ":" + at + ":" + state.type() + ":" + ticket.countReopen()
                + ":" + ticket.photos());
        return Optional.of(event(eventId, complaintId, ticketId, at, state,
                ticket.label() == null ? state.label() : ticket.label(), null, null,
                new ChannelStatusDetails(state.closesTicket(), backfilled, ticket.countReopen(), ticket.photos())));
    }

    private ComplaintChannelStatusUpdated event(UUID eventId, String complaintId, String ticketId,
            OffsetDateTime statusAt, TraffyState state, String label, String organisation, String note,
            ChannelStatusDetails details) {
        return new ComplaintChannelStatusUpdated(eventId, clock.instant(), complaintId,
                ComplaintChannelStatusUpdated.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, ticketId, statusAt, state.type(),
                label, organisation, note, details);
    }

    private ComplaintChannelStatusUpdated publish(ComplaintChannelStatusUpdated event) {
        if (!sendAll(List.of(event))) {
            throw new IllegalStateException("the broker did not take the status update");
        }
        return event;
    }

    private static UUID eventId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private boolean sendAll(List<ComplaintChannelStatusUpdated> events) {
        return sender.send(events.stream()
                .map(event -> OutboxEvent.of(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, event, json)).toList())
                .stream().allMatch(Boolean::booleanValue);
    }
}
