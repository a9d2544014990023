package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class PlatformScopesTest {

    @Test
    void aDashboardTokenCarriesOnlyTheRolesThatReadStatistics() {
        assertThat(PlatformScopes.dashboardRoles(List.of(PlatformRoles.DIRECTOR,
                PlatformRoles.CONFIDENTIALITY_OFFICER, PlatformRoles.CHANNEL_ADAPTER, PlatformRoles.DIRECTOR)))
                .containsExactly(PlatformRoles.DIRECTOR);
        assertThat(PlatformScopes.dashboardRoles(List.of(PlatformRoles.CONFIDENTIALITY_OFFICER))).isEmpty();
        assertThat(PlatformScopes.dashboardRoles(List.of(PlatformRoles.UNIT_OFFICER, PlatformRoles.AUDITOR)))
                .containsExactly(PlatformRoles.UNIT_OFFICER, PlatformRoles.AUDITOR);
    }

    @Test
    void scopesAreReadAsAnArrayOrASpaceSeparatedString() {
        assertThat(PlatformScopes.of(jwt(List.of("dashboard", "openid")))).containsExactlyInAnyOrder("dashboard",
                "openid");
        assertThat(PlatformScopes.of(jwt(" openid  dashboard openid"))).containsExactlyInAnyOrder("dashboard",
                "openid");
        assertThat(PlatformScopes.isDashboardToken(jwt("openid profile"))).isFalse();
        assertThat(PlatformScopes.isDashboardToken(jwt("dashboards"))).isFalse();
    }

    private static Jwt jwt(Object scope) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim(PlatformScopes.SCOPE_CLAIM, scope)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
