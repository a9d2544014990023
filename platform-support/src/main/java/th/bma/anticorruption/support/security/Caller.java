package th.bma.anticorruption.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from their token: the client or user id, their roles, and for a scoped officer the directory code
 * of their unit or working group ({@code unitScope}, null for everybody else).
 */
public record Caller(String id, Set<String> roles, String unitScope) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A unit officer sees only the cases of their own unit or group. */
    public boolean isScoped() {
        return unitScope != null && !hasRole(PlatformRoles.DIRECTOR);
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
