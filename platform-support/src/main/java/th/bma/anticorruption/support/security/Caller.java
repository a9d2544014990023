package th.bma.anticorruption.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from their token: the client or user id, their roles, and for a scoped officer the directory code
 * of their unit or working group ({@code unitScope}, null when the token names none).
 * <p>
 * Which complaints a caller reads is decided here for every service, by the complaint's <em>current</em> destination
 * and failing closed: the roles of {@link #READS_EVERY_COMPLAINT} read every complaint; anybody else reads only the
 * complaints now routed to the unit in their token, and nothing at all when the token names no unit.
 */
public record Caller(String id, Set<String> roles, String unitScope) {

    /** The roles whose holders read every complaint, wherever it is routed. */
    public static final Set<String> READS_EVERY_COMPLAINT = Set.of(PlatformRoles.DIRECTOR,
            PlatformRoles.INTAKE_OFFICER, PlatformRoles.INVESTIGATOR, PlatformRoles.AUDITOR,
            PlatformRoles.CONFIDENTIALITY_OFFICER);

    /** The confinement of a caller whose token names no unit: a code no destination has. */
    public static final String NO_UNIT = "";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * The directory code this caller's reads are confined to: null for a caller who reads every complaint, the unit
     * of the token for anybody else, and {@link #NO_UNIT} (matching no destination) when the token names no unit.
     */
    public String confinement() {
        if (roles.stream().anyMatch(READS_EVERY_COMPLAINT::contains)) {
            return null;
        }
        return unitScope == null || unitScope.isBlank() ? NO_UNIT : unitScope;
    }

    /** Whether this caller reads a complaint whose current destination has this directory code. */
    public boolean reads(String currentDestinationCode) {
        String confinement = confinement();
        return confinement == null || !confinement.equals(NO_UNIT) && confinement.equals(currentDestinationCode);
    }

    public static Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return of(jwt);
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(authentication.getName(), roles, null);
    }

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), Set.copyOf(rolesOf(jwt)), jwt.getClaimAsString(PlatformRoles.UNIT_CLAIM));
    }

    static Collection<String> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(PlatformRoles.ROLES_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
