package th.bma.anticorruption.intake.hotline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.GeoPoint;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.complaint.PartyRequests;
import th.bma.anticorruption.intake.complaint.ReceiptResponses;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;
import th.bma.anticorruption.support.security.ChannelPermit;

/**
 * The 1555 call centre pushes its call records (role CHANNEL_ADAPTER, a token whose channel claim is HOTLINE_1555);
 * {@code callId} makes a re-push the same. The general hotline takes every kind of call, so each is screened like a
 * Traffy ticket, by its text alone.
 */
@RestController
@Tag(name = "Hotline 1555", description = "Call records of the BMA's 1555 hotline")
public class HotlineController {

    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ComplaintIntake intake;

    public HotlineController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/intake/hotline-1555")
    @Operation(summary = "A 1555 call record: 202 {complaintId, trackingCode}; 200 the same again for a re-push; "
            + "200 {outOfScope: true} for a call not about corruption or misconduct, whatever its category (counted, "
            + "not tracked)")
    public ResponseEntity<Map<String, Object>> call(@RequestBody HotlineCall call, Authentication authentication) {
        ChannelPermit.require(authentication, Channel.HOTLINE_1555.name());
        Violations violations = new Violations();
        String description = ThaiText.normalise(call.description());
        violations.required("callId", call.callId())
                .pattern("callId", call.callId(), CALL_ID, "format", "The call id must be 1-64 letters, digits or . _ : -.")
                .required("receivedAt", call.receivedAt())
                .required("operatorId", call.operatorId())
                .maxGraphemes("operatorId", call.operatorId(), 64)
                .maxGraphemes("category", ThaiText.normalise(call.category()), 300)
                .required("description", description)
                .maxGraphemes("description", description, 5000);
        OffsetDateTime receivedAt = violations.isoWithOffset("receivedAt", call.receivedAt());
        String district = PartyRequests.district(violations, "district", call.district(), true);
        GeoPoint point = null;
        String place = null;
        if (call.location() != null && call.location().isObject()) {
            Double latitude = call.location().path("latitude").isNumber() ? call.location().get("latitude").asDouble() : null;
            Double longitude = call.location().path("longitude").isNumber() ? call.location().get("longitude").asDouble() : null;
            violations.required("location.latitude", latitude).required("location.longitude", longitude)
                    .insideThailand("location.latitude", latitude, "location.longitude", longitude);
            point = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        } else if (call.location() != null && call.location().isString()) {
            place = ThaiText.normalise(call.location().asString());
            violations.maxGraphemes("location", place, 500);
        } else if (call.location() != null && !call.location().isNull()) {
            violations.add("location", "type", "The location is text or {latitude, longitude}.");
        }
        if (call.caller() != null) {
            call.caller().validate(violations, "caller");
        }
        if (call.accused() != null) {
            call.accused().validate(violations, "accused");
        }
        violations.throwIfAny();
        String text = place == null ? description : description + "\nสถานที่: " + place;
        IncomingComplaint complaint = new IncomingComplaint(Channel.HOTLINE_1555, call.callId().strip(),
                receivedAt.withOffsetSameInstant(java.time.ZoneOffset.ofHours(7)), district,
                call.category() == null ? List.of() : List.of(ThaiText.normalise(call.category())), null, text, point,
                call.accused() == null ? null : call.accused().toAccusedPerson(),
                call.caller() == null ? ComplainantIdentity.NONE : call.caller().toIdentity());
        return ReceiptResponses.of(intake.receive(complaint));
    }
}
