package th.bma.anticorruption.intake.complaint;

/** The output bindings intake publishes through (destinations and {@code sync: true} in application.yml). */
public final class IntakeBindings {

    public static final String COMPLAINT_RECEIVED = "complaintReceived-out-0";
    public static final String COMPLAINT_SCREENED_OUT = "complaintScreenedOut-out-0";
    public static final String CHANNEL_STATUS_UPDATED = "complaintChannelStatusUpdated-out-0";

    private IntakeBindings() {
    }
}
