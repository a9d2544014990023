package th.bma.anticorruption.load.generator;

/** An intake endpoint of the gateway, with the demo client of the local run allowed to call it. */
public enum IntakeEndpoint {
    TRAFFY_NEW_ISSUE("POST", "/api/intake/traffy-fondue", "traffy-adapter"),
    HOTLINE_1555("POST", "/api/intake/hotline-1555", "hotline-adapter"),
    OFFICER_COMPLAINT("POST", "/api/intake/complaints", "intake-officer");

    private final String method;
    private final String path;
    private final String clientId;

    IntakeEndpoint(String method, String path, String clientId) {
        this.method = method;
        this.path = path;
        this.clientId = clientId;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The OAuth2 client (client-credentials grant) whose token the endpoint accepts. */
    public String clientId() {
        return clientId;
    }
}
