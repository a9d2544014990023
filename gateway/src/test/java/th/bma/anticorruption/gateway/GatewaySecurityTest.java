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
import org.junit.jupiter.params.provider.MethodSource;
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
 * Every route refuses a missing, expired, wrongly signed, wrong-issuer and wrong-role token, and admits the right one;
 * every operation the services document, except public tracking, refuses a missing or forged token.
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
                Arguments.of("cases", HttpMethod.GET, "/api/cases", "INVESTIGATOR", "CHANNEL_ADAPTER"),
                Arguments.of("cases", HttpMethod.GET, "/api/cases/CASE-1", "UNIT_OFFICER", "DASHBOARD"),
                Arguments.of("intake", HttpMethod.GET, "/api/intake/audit/identity-reveals/verify", "AUDITOR",
                        "DASHBOARD"),
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
     * Every operation the services document (recorded in service-api-docs/), path parameters filled in, except public
     * tracking (open; GatewayLimitsTest).
     */
    static Stream<Arguments> documentedOperations() throws IOException {
        List<Arguments> operations = new ArrayList<>();
        for (String service : List.of("intake", "routing", "cases", "statistics")) {
            try (InputStream in = GatewaySecurityTest.class.getResourceAsStream("/service-api-docs/" + service + ".json")) {
                for (Map.Entry<String, JsonNode> path : JSON.readTree(in).path("paths").properties()) {
                    String concrete = path.getKey().replaceAll("\\{[^}]*}", "X-1");
                    path.getValue().propertyNames().stream()
                            .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                            .filter(method -> !concrete.equals("/api/public/track"))
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
