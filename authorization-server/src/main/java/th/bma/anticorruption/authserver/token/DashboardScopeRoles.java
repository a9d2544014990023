package th.bma.anticorruption.authserver.token;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.security.PlatformScopes;

/**
 * A token granted the {@code dashboard} scope keeps only those of the person's roles through which statistics are
 * read ({@link PlatformScopes#DASHBOARD_ROLES}): a director who is also the confidentiality officer signs in to the
 * dashboard with a token that cannot reveal anyone. The unit claim stays, so a unit officer's dashboard stays scoped
 * to their unit. Runs after {@link RolesTokenCustomizer} has written the roles.
 */
public class DashboardScopeRoles implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || !context.getAuthorizedScopes().contains(PlatformScopes.DASHBOARD)) {
            return;
        }
        context.getClaims().claims(claims -> {
            List<String> roles = claims.get(PlatformRoles.ROLES_CLAIM) instanceof Collection<?> granted
                    ? granted.stream().map(String::valueOf).toList() : List.of();
            claims.put(PlatformRoles.ROLES_CLAIM, PlatformScopes.dashboardRoles(roles));
        });
    }
}
