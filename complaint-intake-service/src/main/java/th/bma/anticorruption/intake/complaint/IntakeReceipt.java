package th.bma.anticorruption.intake.complaint;

/**
 * What intake answers for a channel record: a new complaint ({@code created}), the same complaint again (a
 * re-push gets the same complaintId and tracking code), or a record screened out as not about corruption.
 */
public record IntakeReceipt(Outcome outcome, String complaintId, String trackingCode, String channelRecordId,
        String reason) {

    /** How the record was taken. */
    public enum Outcome {
        CREATED, ALREADY_RECEIVED, OUT_OF_SCOPE, ALREADY_SCREENED_OUT
    }

    public static IntakeReceipt created(String complaintId, String trackingCode) {
        return new IntakeReceipt(Outcome.CREATED, complaintId, trackingCode, null, null);
    }

    public static IntakeReceipt alreadyReceived(String complaintId, String trackingCode) {
        return new IntakeReceipt(Outcome.ALREADY_RECEIVED, complaintId, trackingCode, null, null);
    }

    public static IntakeReceipt outOfScope(String channelRecordId, String reason) {
        return new IntakeReceipt(Outcome.OUT_OF_SCOPE, null, null, channelRecordId, reason);
    }

    public static IntakeReceipt alreadyScreenedOut(String channelRecordId, String reason) {
        return new IntakeReceipt(Outcome.ALREADY_SCREENED_OUT, null, null, channelRecordId, reason);
    }

    public boolean isOutOfScope() {
        return outcome == Outcome.OUT_OF_SCOPE || outcome == Outcome.ALREADY_SCREENED_OUT;
    }

    @Override
    public String toString() {
        return "IntakeReceipt[" + outcome + ", " + complaintId + "]";
    }
}
