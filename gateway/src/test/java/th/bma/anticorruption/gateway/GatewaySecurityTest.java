package th.bma.anticorruption.gateway;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import th.bma.anticorruption.testkit.TestTokens;

/** Every route refuses a missing, expired, wrongly signed, wrong-issuer and wrong-role token, and admits the right one. */
class GatewaySecurityTest extends GatewayTestBase {

    private static final TestTokens FORGER = new TestTokens();

    /** route, method, path, a role let in, a role kept out. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("intake", HttpMethod.POST, "/api/intake/traffy-fondue", "CHANNEL_ADAPTER", "DASHBOARD"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/hotline-1555", "CHANNEL_ADAPTER", "INVESTIGATOR"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/complaints", "INTAKE_OFFICER", "UNIT_OFFICER"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/traffy-fondue/import", "CHANNEL_ADAPTER",
                        "DASHBOARD"),
                Arguments.of("routing", HttpMethod.GET, "/api/routing/rules", "DIRECTOR", "CHANNEL_ADAPTER"),
                Arguments.of("routing", HttpMethod.GET, "/api/routing/complaints/C-1/decisions", "UNIT_OFFICER",
                        "DASHBOARD"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases", "INVESTIGATOR", "CHANNEL_ADAPTER"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases/CASE-1", "UNIT_OFFICER", "DASHBOARD"),
                Arguments.of("statistics", HttpMethod.GET, "/api/statistics/monthly/2023-02", "DASHBOARD",
                        "CHANNEL_ADAPTER"),
                Arguments.of("statistics", HttpMethod.GET, "/api/statistics/stream", "UNIT_OFFICER",
                        "CONFIDENTIALITY_OFFICER"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void missingTokenIsRefused(String service, HttpMethod method, String path, String allowed, String refused) {
        expectProblem(request(method, path, null), 401);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void expiredTokenIsRefused(String service, HttpMethod method, String path, String allowed, String refused) {
        String expired = TOKENS.token("client", List.of(allowed), null, TestTokens.ISSUER, Duration.ofMinutes(-5));
        expectProblem(request(method, path, expired), 401);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void wronglySignedTokenIsRefused(String service, HttpMethod method, String path, String allowed, String refused) {
        expectProblem(request(method, path, FORGER.token("client", allowed)), 401);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void wrongIssuerIsRefused(String service, HttpMethod method, String path, String allowed, String refused) {
        String foreign = TOKENS.token("client", List.of(allowed), null, "http://elsewhere:9000", Duration.ofMinutes(5));
        expectProblem(request(method, path, foreign), 401);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void wrongRoleIsRefused(String service, HttpMethod method, String path, String allowed, String refused) {
        expectProblem(request(method, path, TOKENS.token("client", refused)), 403);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("routes")
    void rightRoleReachesTheServiceWithTheTokenRelayed(String service, HttpMethod method, String path,
            String allowed, String refused) {
        String token = TOKENS.token("client", allowed);
        request(method, path, token).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.headers.authorization").isEqualTo(bearer(token));
    }

    private WebTestClient.RequestHeadersSpec<?> request(HttpMethod method, String path, String token) {
        WebTestClient.RequestBodySpec spec = client().method(method).uri(path);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        return method == HttpMethod.GET ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
    }

    private static void expectProblem(WebTestClient.RequestHeadersSpec<?> request, int status) {
        request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }
}
