package th.bma.anticorruption.gateway.security;

import static th.bma.anticorruption.support.security.PlatformRoles.AUDITOR;
import static th.bma.anticorruption.support.security.PlatformRoles.CHANNEL_ADAPTER;
import static th.bma.anticorruption.support.security.PlatformRoles.CONFIDENTIALITY_OFFICER;
import static th.bma.anticorruption.support.security.PlatformRoles.DASHBOARD;
import static th.bma.anticorruption.support.security.PlatformRoles.DIRECTOR;
import static th.bma.anticorruption.support.security.PlatformRoles.INTAKE_OFFICER;
import static th.bma.anticorruption.support.security.PlatformRoles.INVESTIGATOR;
import static th.bma.anticorruption.support.security.PlatformRoles.UNIT_OFFICER;

import java.util.List;

/**
 * The coarse door check per API prefix: who may knock at all. Each service checks again in detail
 * (which operation, which unit's cases).
 */
public final class RouteRoles {

    /** Channels push complaints; officers register, triage, reveal (audited) and audit intake records. */
    public static final List<String> INTAKE =
            List.of(CHANNEL_ADAPTER, INTAKE_OFFICER, CONFIDENTIALITY_OFFICER, AUDITOR, DIRECTOR);

    /** Intake's screening rules: the director changes them, intake officers and auditors read them. */
    public static final List<String> SCREENING_RULES = List.of(DIRECTOR, INTAKE_OFFICER, AUDITOR);

    /**
     * Routing: the director edits rules and reroutes, intake officers triage, and every officer may see why a complaint
     * went where it went (routing narrows a unit officer to complaints routed to their own unit).
     */
    public static final List<String> ROUTING =
            List.of(DIRECTOR, INTAKE_OFFICER, INVESTIGATOR, UNIT_OFFICER, AUDITOR);

    /** The confidentiality officer's audited reveal of the originals of officers' texts in routing. */
    public static final String ROUTING_REVEAL = "/api/routing/complaints/*/officers-texts/reveal";

    /** Any officer role; scoped officers are narrowed to their own unit by case tracking. */
    public static final List<String> CASES =
            List.of(INTAKE_OFFICER, INVESTIGATOR, DIRECTOR, UNIT_OFFICER, CONFIDENTIALITY_OFFICER, AUDITOR);

    /** The dashboard and the officers. */
    public static final List<String> STATISTICS =
            List.of(DASHBOARD, DIRECTOR, INTAKE_OFFICER, INVESTIGATOR, UNIT_OFFICER, AUDITOR);

    private RouteRoles() {
    }

    static String[] of(List<String> roles) {
        return roles.toArray(String[]::new);
    }
}
