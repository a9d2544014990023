package th.bma.anticorruption.intake.hotline;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.intake.complaint.PartyRequests;

/**
 * A 1555 call record. {@code receivedAt} is ISO-8601 with its offset; {@code location} is free text or
 * {@code {latitude, longitude}}; the {@code caller}'s identity is sealed at intake.
 */
public record HotlineCall(
        String callId,
        String receivedAt,
        String operatorId,
        String category,
        String description,
        String district,
        JsonNode location,
        PartyRequests.Complainant caller,
        PartyRequests.Accused accused) {

    @Override
    public String toString() {
        return "HotlineCall[" + callId + "]";
    }
}
