package th.bma.anticorruption.support.security;

/**
 * The platform's roles. The authorization server puts them in the token's {@value #ROLES_CLAIM} claim;
 * officers of a unit or working group also carry its directory code in {@value #UNIT_CLAIM}, and a channel
 * adapter the channel it pushes in {@value #CHANNEL_CLAIM}.
 */
public final class PlatformRoles {

    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit";
    /** The one channel a channel adapter may push, by its name in the events ({@code TRAFFY_FONDUE}, …). */
    public static final String CHANNEL_CLAIM = "channel";

    public static final String CHANNEL_ADAPTER = "CHANNEL_ADAPTER";
    public static final String INTAKE_OFFICER = "INTAKE_OFFICER";
    public static final String INVESTIGATOR = "INVESTIGATOR";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String CONFIDENTIALITY_OFFICER = "CONFIDENTIALITY_OFFICER";
    public static final String AUDITOR = "AUDITOR";
    public static final String DASHBOARD = "DASHBOARD";
    public static final String UNIT_OFFICER = "UNIT_OFFICER";

    private PlatformRoles() {
    }
}
