package th.bma.anticorruption.intake.complaint;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The channel's answer as the intake API promises it: 202 {@code {complaintId, trackingCode}} for a new complaint, 200 with the
 * same body for the same record again, 200 {@code {outOfScope: true, ...}} for a record screened out.
 */
public final class ReceiptResponses {

    private ReceiptResponses() {
    }

    public static ResponseEntity<Map<String, Object>> of(IntakeReceipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (receipt.isOutOfScope()) {
            body.put("outOfScope", true);
            body.put("channelRecordId", receipt.channelRecordId());
            body.put("reason", receipt.reason());
            return ResponseEntity.ok(body);
        }
        body.put("complaintId", receipt.complaintId());
        body.put("trackingCode", receipt.trackingCode());
        HttpStatus status = receipt.outcome() == IntakeReceipt.Outcome.CREATED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(body);
    }
}
