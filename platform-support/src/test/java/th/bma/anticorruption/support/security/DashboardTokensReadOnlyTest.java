package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A dashboard token reads and does nothing else in any service, whatever role it carries; a token without the
 * dashboard scope is left to the service's rules.
 */
class DashboardTokensReadOnlyTest {

    private final DashboardTokensReadOnly filter = new DashboardTokensReadOnly(new ProblemAuthenticationHandlers());
    private final AtomicInteger passed = new AtomicInteger();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} with scope \"{1}\" -> {2}")
    @CsvSource({
            "GET, dashboard, 200",
            "HEAD, dashboard, 200",
            "POST, dashboard, 403",
            "PATCH, 'openid dashboard', 403",
            "DELETE, dashboard, 403",
            "POST, '', 200",
            "POST, openid, 200"})
    void aDashboardTokenOnlyReads(String method, String scope, int status) throws Exception {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("director")
                .claim(PlatformRoles.ROLES_CLAIM, List.of(PlatformRoles.DIRECTOR))
                .claim(PlatformScopes.SCOPE_CLAIM, scope)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new RolesJwtAuthenticationConverter().convert(jwt));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest(method, "/api/cases/CASE-1/actions/complete"), response,
                (request, ignored) -> passed.incrementAndGet());

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(passed).hasValue(status == 200 ? 1 : 0);
        if (status == 403) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        }
    }
}
