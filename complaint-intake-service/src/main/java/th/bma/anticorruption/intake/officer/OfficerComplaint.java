package th.bma.anticorruption.intake.officer;

import th.bma.anticorruption.intake.complaint.PartyRequests;

/**
 * A complaint an intake officer registers from a letter, an executive's referral, the website form or a walk-in.
 * {@code externalRef} (or the {@code Idempotency-Key} header) makes a re-submission the same complaint.
 */
public record OfficerComplaint(
        String channel,
        String externalRef,
        String receivedAt,
        String description,
        String district,
        PartyRequests.Complainant complainant,
        PartyRequests.Accused accused) {

    @Override
    public String toString() {
        return "OfficerComplaint[" + channel + ":" + externalRef + "]";
    }
}
