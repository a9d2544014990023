package th.bma.anticorruption.intake.traffy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Traffy Fondue status-update webhook body: {@code status} is a state type or one of its Thai labels. */
public record TraffyStatusUpdate(
        String timestamp,
        @JsonProperty("ticket_id") String ticketId,
        String org,
        String status,
        String note,
        List<String> photo) {

    @Override
    public String toString() {
        return "TraffyStatusUpdate[" + ticketId + "]";
    }
}
