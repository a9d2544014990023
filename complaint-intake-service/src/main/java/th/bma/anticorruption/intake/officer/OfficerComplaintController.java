package th.bma.anticorruption.intake.officer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.complaint.ReceiptResponses;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;
import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.intake.validation.Violations;

/** Intake officers register complaints of the other channels (role INTAKE_OFFICER). */
@RestController
@Tag(name = "Officer intake", description = "Letters, executives' referrals, website forms, walk-ins")
public class OfficerComplaintController {

    static final Set<Channel> OFFICER_CHANNELS = EnumSet.of(Channel.LETTER, Channel.EXECUTIVE_REFERRAL, Channel.WEBSITE,
            Channel.WALK_IN);
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:/ -]{1,100}");

    private final ComplaintIntake intake;

    public OfficerComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/intake/complaints")
    @Operation(summary = "Register a complaint: 202 {complaintId, trackingCode}; 200 the same again for the same "
            + "externalRef or Idempotency-Key")
    public ResponseEntity<Map<String, Object>> register(@RequestBody OfficerComplaint request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Violations violations = new Violations();
        Channel channel = channel(violations, request.channel());
        String externalRef = ThaiText.normalise(request.externalRef());
        String key = ThaiText.normalise(idempotencyKey);
        if (ThaiText.isBlank(externalRef) && ThaiText.isBlank(key)) {
            violations.add("externalRef", "required", "Give the channel's reference or an Idempotency-Key header.");
        }
        violations.pattern("externalRef", externalRef, REFERENCE, "format", "The reference must be 1-100 letters, digits or . _ : / -.")
                .pattern("Idempotency-Key", key, REFERENCE, "format", "The key must be 1-100 letters, digits or . _ : / -.");
        String description = ThaiText.normalise(request.description());
        violations.required("receivedAt", request.receivedAt())
                .required("description", description)
                .maxGraphemes("description", description, 10000);
        OffsetDateTime receivedAt = violations.isoWithOffset("receivedAt", request.receivedAt());
        String district = th.bma.anticorruption.intake.complaint.PartyRequests.district(violations, "district",
                request.district(), false);
        if (request.complainant() != null) {
            request.complainant().validate(violations, "complainant");
        }
        if (request.accused() != null) {
            request.accused().validate(violations, "accused");
        }
        violations.throwIfAny();
        String recordId = ThaiText.isBlank(externalRef) ? "idempotency-key:" + key : externalRef;
        IncomingComplaint complaint = new IncomingComplaint(channel, recordId,
                receivedAt.withOffsetSameInstant(ZoneOffset.ofHours(7)), district, List.of(), null, description, null,
                request.accused() == null ? null : request.accused().toAccusedPerson(),
                request.complainant() == null ? ComplainantIdentity.NONE : request.complainant().toIdentity());
        return ReceiptResponses.of(intake.receive(complaint));
    }

    private static Channel channel(Violations violations, String value) {
        if (ThaiText.isBlank(value)) {
            violations.add("channel", "required", "The field is required.");
            return null;
        }
        for (Channel channel : OFFICER_CHANNELS) {
            if (channel.name().equals(value.strip())) {
                return channel;
            }
        }
        violations.add("channel", "one-of", "The channel must be one of LETTER, EXECUTIVE_REFERRAL, WEBSITE, WALK_IN.");
        return null;
    }
}
