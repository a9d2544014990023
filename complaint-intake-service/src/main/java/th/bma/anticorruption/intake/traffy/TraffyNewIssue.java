package th.bma.anticorruption.intake.traffy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Traffy Fondue new-issue webhook body, exactly as the Exchange API sends it. {@code timestamp} is naive
 * Bangkok time; {@code type} one category or several separated by commas.
 */
public record TraffyNewIssue(
        String timestamp,
        @JsonProperty("ticket_id") String ticketId,
        String description,
        @JsonProperty("type_id") String typeId,
        String type,
        List<String> photo,
        Double latitude,
        Double longitude,
        String address,
        List<Organisation> orgs) {

    /** An organisation the ticket went to. */
    public record Organisation(@JsonProperty("org_id") String orgId, String org) {
    }

    @Override
    public String toString() {
        return "TraffyNewIssue[" + ticketId + "]";
    }
}
