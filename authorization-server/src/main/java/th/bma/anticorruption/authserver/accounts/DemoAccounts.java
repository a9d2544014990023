package th.bma.anticorruption.authserver.accounts;

import java.util.List;

import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * The demo clients and the demo users who sign in on the web, one for every role (the two unit officers with their
 * unit). Registered only in the {@code local} profile; their secrets ({@code <client-id>-secret},
 * {@code <user>-password}) are published, so they must never exist anywhere else.
 */
public final class DemoAccounts {

    public static final String DASHBOARD_UI = "dashboard-ui";
    public static final String OFFICER_TOOLS = "officer-tools";

    private DemoAccounts() {
    }

    public static List<PlatformClient> clients() {
        return List.of(
                adapter("traffy-adapter", "TRAFFY_FONDUE"),
                adapter("hotline-adapter", "HOTLINE_1555"),
                demo("intake-officer", PlatformRoles.INTAKE_OFFICER, null),
                demo("investigator", PlatformRoles.INVESTIGATOR, null),
                demo("director", PlatformRoles.DIRECTOR, null),
                demo("confidentiality-officer", PlatformRoles.CONFIDENTIALITY_OFFICER, null),
                demo("auditor", PlatformRoles.AUDITOR, null),
                demo("dashboard", PlatformRoles.DASHBOARD, null),
                demo("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007"),
                demo("wg-enforcement-officer", PlatformRoles.UNIT_OFFICER, "WG-3"));
    }

    public static List<PlatformUser> users() {
        return List.of(
                person("director", PlatformRoles.DIRECTOR, null),
                person("intake", PlatformRoles.INTAKE_OFFICER, null),
                person("investigator", PlatformRoles.INVESTIGATOR, null),
                person("pathumwan", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007"),
                person("wg3", PlatformRoles.UNIT_OFFICER, "WG-3"),
                person("confidentiality", PlatformRoles.CONFIDENTIALITY_OFFICER, null),
                person("auditor", PlatformRoles.AUDITOR, null));
    }

    private static PlatformUser person(String username, String role, String unit) {
        return new PlatformUser(username, "{noop}" + username + "-password", List.of(role), unit);
    }

    // {noop}: the demo secrets are public anyway, and hashing them would only slow every token request
    private static PlatformClient demo(String id, String role, String unit) {
        return new PlatformClient(id, "{noop}" + id + "-secret", List.of(role), unit, null);
    }

    private static PlatformClient adapter(String id, String channel) {
        return new PlatformClient(id, "{noop}" + id + "-secret", List.of(PlatformRoles.CHANNEL_ADAPTER), null, channel);
    }
}
