package th.bma.anticorruption.intake.traffy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.complaint.IntakeReceipt;
import th.bma.anticorruption.intake.complaint.ReceiptResponses;
import th.bma.anticorruption.intake.validation.Violations;
import th.bma.anticorruption.support.security.ChannelPermit;

/**
 * Traffy Fondue's Exchange API webhooks (new issues and status updates) and CSV exports: role CHANNEL_ADAPTER, and a
 * token whose channel claim is TRAFFY_FONDUE.
 */
@RestController
@RequestMapping("/api/intake/traffy-fondue")
@Tag(name = "Traffy Fondue", description = "Webhooks and CSV import of the city's citizen-reporting app")
public class TraffyController {

    private final ComplaintIntake intake;
    private final TraffyStatusUpdates statusUpdates;
    private final TraffyCsvImport csvImport;

    public TraffyController(ComplaintIntake intake, TraffyStatusUpdates statusUpdates, TraffyCsvImport csvImport) {
        this.intake = intake;
        this.statusUpdates = statusUpdates;
        this.csvImport = csvImport;
    }

    @PostMapping
    @Operation(summary = "A new-issue webhook: 202 {complaintId, trackingCode}; 200 the same again for a re-push; "
            + "200 {outOfScope: true} for a ticket not about corruption or misconduct; photo[] kept on the case as "
            + "evidence links (absolute http(s) URLs, never fetched)")
    public ResponseEntity<Map<String, Object>> newIssue(@RequestBody TraffyNewIssue issue,
            Authentication authentication) {
        ChannelPermit.require(authentication, Channel.TRAFFY_FONDUE.name());
        Violations violations = new Violations();
        IncomingComplaint complaint = TraffyTickets.toComplaint(TraffyTickets.of(issue), violations);
        List<EvidenceLink> photos = TraffyPhotos.of("photo", issue.photo(), EvidenceLink.Kind.PHOTO, violations);
        violations.throwIfAny();
        IntakeReceipt receipt = intake.receive(complaint);
        if (!receipt.isOutOfScope()) {
            statusUpdates.recordTicketState(receipt.complaintId(), complaint.channelRecordId(), complaint.receivedAt(),
                    new TraffyTicketState(null, null, null, null, photos), false);
        }
        return ReceiptResponses.of(receipt);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "application/octet-stream", "text/plain"})
    @Operation(summary = "Import a Traffy CSV export (public dump or Exchange API layout), streamed, any size: "
            + "counts of accepted, duplicate, out-of-scope and rejected rows, with the rejected rows' reasons")
    public TraffyCsvImport.Summary importCsv(HttpServletRequest request, Authentication authentication)
            throws IOException {
        ChannelPermit.require(authentication, Channel.TRAFFY_FONDUE.name());
        return csvImport.importFrom(request.getInputStream());
    }

    @PatchMapping
    @Operation(summary = "A status-update webhook for a tracked ticket: 202; 404 if intake never took the ticket")
    public ResponseEntity<Map<String, Object>> statusUpdate(@RequestBody TraffyStatusUpdate update,
            Authentication authentication) {
        ChannelPermit.require(authentication, Channel.TRAFFY_FONDUE.name());
        ComplaintChannelStatusUpdated event = statusUpdates.apply(update);
        return ResponseEntity.accepted().body(Map.of("complaintId", event.complaintId(), "statusType", event.statusType()));
    }
}
