package th.bma.anticorruption.authserver.token;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import th.bma.anticorruption.authserver.accounts.PlatformAccounts;
import th.bma.anticorruption.authserver.accounts.PlatformClient;
import th.bma.anticorruption.authserver.accounts.PlatformUser;
import th.bma.anticorruption.support.reveal.NamedPerson;
import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * Puts the caller's platform roles into the access token's {@code roles} claim, for an officer of a unit or working
 * group its directory code into {@code unit}, and for a channel adapter its channel into {@code channel}: from the
 * client for the client-credentials grant, from the signed-in user for the authorization-code grant.
 * {@code subject_kind} says which it is ({@code client} or {@code user}): only a person may reveal a complainant's
 * identity.
 */
public class RolesTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final PlatformAccounts accounts;

    public RolesTokenCustomizer(PlatformAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            Optional<PlatformClient> client = accounts.client(context.getRegisteredClient().getClientId());
            client.ifPresent(c -> {
                claim(context, c.roles(), c.unit());
                if (c.channel() != null && !c.channel().isBlank()) {
                    context.getClaims().claim(PlatformRoles.CHANNEL_CLAIM, c.channel());
                }
            });
            context.getClaims().claim(NamedPerson.SUBJECT_KIND_CLAIM, NamedPerson.CLIENT);
            return;
        }
        // Any other grant carries a signed-in person: a reveal of identity needs one.
        context.getClaims().claim(NamedPerson.SUBJECT_KIND_CLAIM, NamedPerson.USER);
        String username = context.getPrincipal().getName();
        Optional<PlatformUser> user = accounts.user(username);
        if (user.isPresent()) {
            claim(context, user.get().roles(), user.get().unit());
        } else {
            List<String> roles = context.getPrincipal().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .toList();
            claim(context, roles, null);
        }
    }

    private static void claim(JwtEncodingContext context, List<String> roles, String unit) {
        context.getClaims().claim(PlatformRoles.ROLES_CLAIM, roles);
        if (unit != null && !unit.isBlank()) {
            context.getClaims().claim(PlatformRoles.UNIT_CLAIM, unit);
        }
    }
}
