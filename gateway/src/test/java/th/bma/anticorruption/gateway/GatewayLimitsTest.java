package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import reactor.core.publisher.Flux;

/**
 * Limits at the door: public tracking is open but guessing is locked out per source, bodies are bounded, forged
 * forwarding and identity headers never reach a service, CORS only for the dashboard, API answers are not stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayLimitsTest extends GatewayTestBase {

    private static final String TRACK = "/api/public/track";

    @Test
    @Order(1)
    void publicTrackingNeedsNoToken() {
        client().post().uri(TRACK).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trackingCode", "BKK-7Q2M-9XK4"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody().jsonPath("$.service").isEqualTo("cases").jsonPath("$.path").isEqualTo(TRACK);
    }

    @Test
    @Order(2)
    void guessingTrackingCodesIsLockedOutWithRetryAfter() {
        // ten attempts per window per source; the first test used one
        for (int attempt = 2; attempt <= 10; attempt++) {
            trackingAttempt("GUESS-" + attempt).expectStatus().isOk();
        }
        long reachedCaseTracking = CASES.received().stream().filter(r -> r.endsWith(TRACK)).count();

        for (int attempt = 11; attempt <= 13; attempt++) {
            EntityExchangeResult<byte[]> refused = trackingAttempt("GUESS-" + attempt)
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(429)
                    .returnResult();
            long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
            assertThat(retryAfter).isBetween(1L, 600L);
        }
        assertThat(CASES.received().stream().filter(r -> r.endsWith(TRACK)).count()).isEqualTo(reachedCaseTracking);
    }

    @Test
    @Order(3)
    void aForgedForwardedForFromAnUntrustedPeerDoesNotLiftTheLockout() {
        // no trusted proxies here: the peer (this test, locked out above) is the source, whatever the header says
        for (String pretended : new String[] {"198.51.100.77", "198.51.100.78, 10.0.0.1"}) {
            client().post().uri(TRACK).header("X-Forwarded-For", pretended).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("trackingCode", "GUESS-XFF"))
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    @Test
    void oversizedBodyGets413BeforeReachingTheService() {
        int before = INTAKE.received().size();
        client().post().uri("/api/intake/complaints")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("intake-officer", "INTAKE_OFFICER")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"description\":\"" + "ก".repeat(3000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(INTAKE.received()).hasSize(before);
    }

    @Test
    void oversizedChunkedBodyGets413() {
        client().post().uri("/api/intake/complaints")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("intake-officer", "INTAKE_OFFICER")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 50).map(i -> "x".repeat(100)), String.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void smallChunkedBodyIsForwardedWhole() {
        client().post().uri("/api/intake/complaints")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("intake-officer", "INTAKE_OFFICER")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 10).map(i -> "y".repeat(100)), String.class)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(1000);
    }

    @Test
    void theStreamedCsvImportIsNotBoundByTheBodyLimit() {
        client().post().uri("/api/intake/traffy-fondue/import")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER")))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("ticket_id,type\n" + "2023-ABCDEF,{ทุจริต}\n".repeat(1000))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/intake/traffy-fondue/import");
    }

    @Test
    @SuppressWarnings("unchecked")
    void forgedForwardingAndIdentityHeadersNeverReachTheService() {
        Map<String, Object> echo = client().get().uri("/api/cases/CASE-9")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.scopedToken("pathumwan-officer", "UNIT_OFFICER",
                        "DISTRICT-1007")))
                .header("X-User", "director")
                .header("X-Roles", "DIRECTOR")
                .header("X-Unit", "WG-3")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.7;host=evil.example")
                .header("X-Real-IP", "203.0.113.7")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, String> received = (Map<String, String>) echo.get("headers");

        assertThat(received).doesNotContainKeys("x-user", "x-roles", "x-unit", "forwarded", "x-real-ip");
        assertThat(received.values()).noneMatch(v -> v.contains("203.0.113.7") || v.contains("evil.example"));
        assertThat(received).containsKey("authorization");
    }

    @Test
    void corsIsOnlyForTheDashboardOrigin() {
        client().method(HttpMethod.OPTIONS).uri("/api/statistics/monthly/2023-02")
                .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080");
        client().method(HttpMethod.OPTIONS).uri("/api/statistics/monthly/2023-02")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void apiAnswersAreNeverStoredAndCarrySecurityHeaders() {
        client().get().uri("/api/statistics/monthly/2023-02")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("dashboard", "DASHBOARD")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void oversizedHeadersGet431() {
        client().get().uri("/api/cases")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("investigator", "INVESTIGATOR")))
                .header("X-Padding", "p".repeat(20 * 1024))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }

    @Test
    void gatewayErrorsAreProblems() {
        client().get().uri("/webjars/no-such-file.js")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void theDashboardPageIsPublicOnlyForReading() {
        // the dashboard-ui jar is a runtime dependency: its page is served without a token (sign-in happens in it)
        client().get().uri("/dashboard/").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> org.assertj.core.api.Assertions.assertThat(page)
                        .contains("/dashboard/assets/"));
        client().post().uri("/dashboard/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthIsOpenWithoutAToken() {
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec trackingAttempt(String code) {
        return client().post().uri(TRACK).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trackingCode", code)).exchange();
    }
}
