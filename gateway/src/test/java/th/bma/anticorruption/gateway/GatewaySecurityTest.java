package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import th.bma.anticorruption.gateway.security.VerifiedTokenCache;
import th.bma.anticorruption.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route refuses a missing, expired, wrongly signed, wrong-issuer, wrong-audience and wrong-role token, and admits
 * the right one; every operation the services document, except public tracking, refuses a missing or forged token; a
 * dashboard token reads statistics and the case list and reaches nothing else, whatever role it carries.
 */
class GatewaySecurityTest extends GatewayTestBase {

    private static final TestTokens FORGER = new TestTokens();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReactiveJwtDecoder decoder;

    @Test
    void theGatewayChecksEachTokensSignatureOnlyOnce() {
        // every refusal below (missing, forged, expired, wrong issuer) goes through this cache
        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
    }

    /** route, method, path, a role let in, a role kept out. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("intake", HttpMethod.POST, "/api/intake/traffy-fondue", "CHANNEL_ADAPTER", "DASHBOARD"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/hotline-1555", "CHANNEL_ADAPTER", "INVESTIGATOR"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/complaints", "INTAKE_OFFICER", "UNIT_OFFICER"),
                Arguments.of("intake", HttpMethod.POST, "/api/intake/traffy-fondue/import", "CHANNEL_ADAPTER",
                        "DASHBOARD"),
                Arguments.of("intake", HttpMethod.GET, "/api/intake/screening-rules", "AUDITOR", "CHANNEL_ADAPTER"),
                Arguments.of("intake", HttpMethod.PUT, "/api/intake/screening-rules/BRIBERY-WORDS", "DIRECTOR",
                        "CONFIDENTIALITY_OFFICER"),
                Arguments.of("routing", HttpMethod.GET, "/api/routing/rules", "DIRECTOR", "CHANNEL_ADAPTER"),
                Arguments.of("routing", HttpMethod.GET, "/api/routing/complaints/C-1/decisions", "UNIT_OFFICER",
                        "DASHBOARD"),
                Arguments.of("routing", HttpMethod.POST, "/api/routing/complaints/C-1/officers-texts/reveal",
                        "CONFIDENTIALITY_OFFICER", "DIRECTOR"),
                Arguments.of("cases", HttpMethod.POST, "/api/cases/CASE-1/officers-texts/reveal",
                        "CONFIDENTIALITY_OFFICER", "DASHBOARD"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases", "INVESTIGATOR", "CHANNEL_ADAPTER"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases/CASE-1", "UNIT_OFFICER", "DASHBOARD"),
                Arguments.of("intake", HttpMethod.GET, "/api/intake/audit/identity-reveals/verify", "AUDITOR",
                        "DASHBOARD"),
                Arguments.of("intake", HttpMethod.GET, "/api/intake/screening-rules/audit/verify", "AUDITOR",
                        "CONFIDENTIALITY_OFFICER"),
                Arguments.of("routing", HttpMethod.GET, "/api/routing/rules/audit/verify", "AUDITOR",
                        "CHANNEL_ADAPTER"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases/audit/verify", "AUDITOR", "DASHBOARD"),
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
    void aTokenForAnotherAudienceOrForNoneIsRefused(String service, HttpMethod method, String path, String allowed,
            String refused) {
        expectProblem(request(method, path, TOKENS.sign(TOKENS.claims("client", List.of(allowed))
                .audience("bma-anticorruption-api-staging"))), 401);
        expectProblem(request(method, path, TOKENS.sign(TOKENS.claims("client", List.of(allowed))
                .audience(List.of()))), 401);
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

    /**
     * Every operation the services document (recorded in service-api-docs/), path parameters filled in, except the
     * public API (tracking and the complainant's conversation: open; GatewayLimitsTest, GatewayComplainantSideTest).
     */
    static Stream<Arguments> documentedOperations() throws IOException {
        List<Arguments> operations = new ArrayList<>();
        for (String service : List.of("intake", "routing", "cases", "statistics")) {
            try (InputStream in = GatewaySecurityTest.class.getResourceAsStream("/service-api-docs/" + service + ".json")) {
                for (Map.Entry<String, JsonNode> path : JSON.readTree(in).path("paths").properties()) {
                    String concrete = path.getKey().replaceAll("\\{[^}]*}", "X-1");
                    path.getValue().propertyNames().stream()
                            .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                            .filter(method -> !concrete.startsWith("/api/public/"))
                            .forEach(method -> operations.add(
                                    Arguments.of(HttpMethod.valueOf(method.toUpperCase()), concrete)));
                }
            }
        }
        return operations.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedOperations")
    void everyDocumentedOperationButPublicTrackingRefusesAMissingOrForgedToken(HttpMethod method, String path) {
        expectProblem(request(method, path, null), 401);
        expectProblem(request(method, path, FORGER.token("director", "DIRECTOR")), 401);
    }

    /**
     * What the dashboard reads: the month's figures, the live stream, the report, the deadline board, the units'
     * progress and the director's follow-up list.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/statistics/monthly/2023-02", "/api/statistics/monthly/2023-02/report?lang=th",
            "/api/statistics/stream", "/api/cases?due=soon&size=20", "/api/cases/progress?month=2023-02",
            "/api/cases/follow-up?page=0&size=20"})
    void aDashboardTokenReadsWhatTheDashboardShows(String path) {
        request(HttpMethod.GET, path, dashboardToken()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path.replaceFirst("\\?.*", ""));
    }

    /** Everything else, though the token's role (the director's) would let any other token through. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/cases/CASE-1",
            "GET, /api/cases/CASE-1/audit",
            "POST, /api/cases/CASE-1/actions/record-follow-up",
            "POST, /api/cases/CASE-1/progress",
            "POST, /api/statistics/monthly/2023-02",
            "GET, /api/routing/rules",
            "POST, /api/routing/complaints/C-1/reroute",
            "POST, /api/intake/complaints",
            "POST, /api/intake/complaints/C-1/identity/reveal"})
    void aDashboardTokenReachesNothingElse(HttpMethod method, String path) {
        expectProblem(request(method, path, dashboardToken()), 403);
        // the same role without the dashboard scope is let through
        request(method, path, TOKENS.token("director", "DIRECTOR")).exchange().expectStatus().isOk();
    }

    private static String dashboardToken() {
        return TOKENS.sign(TOKENS.claims("director", List.of("DIRECTOR")).claim("scope", List.of("dashboard")));
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
