package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A stopped service gives a fast 503 problem, the circuit recovers when it returns; only safe methods are retried. */
class GatewayResilienceTest extends GatewayTestBase {

    private static final String MONTHLY = "/api/statistics/monthly/2023-02";

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Test
    void stoppedServiceGivesAFast503ProblemAndRecoveryFollowsWhenItReturns() {
        String token = bearer(TOKENS.token("dashboard", "DASHBOARD"));
        STATISTICS.stop();
        try {
            for (int call = 0; call < 12; call++) {
                // a refused connection plus two short retries: never the 2 s time limit or a hang (cold JVM included)
                assertThat(timedUnavailable(token)).isLessThan(Duration.ofSeconds(5));
            }
            // after enough failures the breaker is open: calls fail at once without touching the network
            assertThat(circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("statistics").getState())
                    .isEqualTo(CircuitBreaker.State.OPEN);
            for (int call = 0; call < 3; call++) {
                assertThat(timedUnavailable(token)).isLessThan(Duration.ofMillis(1500));
            }
        } finally {
            STATISTICS.start();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                client().get().uri(MONTHLY).header(HttpHeaders.AUTHORIZATION, token)
                        .exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.service").isEqualTo("statistics"));
    }

    private Duration timedUnavailable(String token) {
        long started = System.nanoTime();
        client().get().uri(MONTHLY).header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.status").isEqualTo(503).jsonPath("$.service").isEqualTo("statistics")
                .jsonPath("$.instance").isEqualTo(MONTHLY);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void aServiceThatHangsIsCutOffByTheTimeLimit() {
        long started = System.nanoTime();
        client().post().uri("/api/routing/slow")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("director", "DIRECTOR")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.service").isEqualTo("routing");

        // the time limit in these tests is 2 s; the stand-in would answer after 6 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(5500));
    }

    @Test
    void onlySafeMethodsAreRetried() {
        String token = bearer(TOKENS.token("director", "DIRECTOR"));
        long getsBefore = count("GET /api/routing/flaky");
        long postsBefore = count("POST /api/routing/flaky");

        client().get().uri("/api/routing/flaky").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        client().post().uri("/api/routing/flaky").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(count("GET /api/routing/flaky") - getsBefore).isEqualTo(3);
        assertThat(count("POST /api/routing/flaky") - postsBefore).isEqualTo(1);
    }

    private static long count(String request) {
        return ROUTING.received().stream().filter(request::equals).count();
    }
}
