package th.bma.anticorruption.support.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * OAuth2 scopes that narrow what a person's token may do. The dashboard signs people in with the {@value #DASHBOARD}
 * scope only: its token carries just those of the person's roles through which statistics and the deadline board are
 * read ({@link #DASHBOARD_ROLES}; never the confidentiality officer's reveal or a channel's push), and it may only
 * read: the gateway lets it reach the statistics and the case list alone, and every service refuses it any method but
 * GET and HEAD. Tokens without a scope (machine clients) are narrowed by their roles only.
 */
public final class PlatformScopes {

    public static final String SCOPE_CLAIM = "scope";

    /** What the dashboard reads: statistics, and the case list of its deadline board. */
    public static final String DASHBOARD = "dashboard";

    /**
     * What officers' tools (the workspace, scripts of the centre) ask for: a signed-in person's token with every role
     * they hold, the confidentiality officer's among them.
     */
    public static final String OFFICER = "officer";

    /** The roles a dashboard token may carry: those the gateway lets read statistics. */
    public static final Set<String> DASHBOARD_ROLES = Set.of(PlatformRoles.DASHBOARD, PlatformRoles.DIRECTOR,
            PlatformRoles.INTAKE_OFFICER, PlatformRoles.INVESTIGATOR, PlatformRoles.UNIT_OFFICER,
            PlatformRoles.AUDITOR);

    private PlatformScopes() {
    }

    /** The token's scopes: the {@code scope} claim as an array or as a space-separated string. */
    public static Set<String> of(Jwt jwt) {
        Object claim = jwt.getClaims().get(SCOPE_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String value && !value.isBlank()) {
            return Arrays.stream(value.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /** Whether the token was issued to the dashboard for a signed-in person (read-only, see above). */
    public static boolean isDashboardToken(Jwt jwt) {
        return of(jwt).contains(DASHBOARD);
    }

    /** A person's roles as a dashboard token carries them. */
    public static List<String> dashboardRoles(Collection<String> roles) {
        return roles.stream().filter(DASHBOARD_ROLES::contains).distinct().toList();
    }
}
