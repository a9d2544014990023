package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The rate limits through the running gateway, with small limits so they are reached, and with the test's own
 * address (127.0.0.1) as a trusted proxy: the per-client limit (token subject) refuses one client with 429 and
 * Retry-After while another still passes; the public tracking limit keys on the client named by the trusted proxy in
 * X-Forwarded-For (right-most untrusted hop), so a forged left part changes nothing, and no client address is logged.
 * Needs neither Kafka nor MongoDB: it runs once, not again in the Testcontainers pass.
 */
@DisabledIfSystemProperty(named = "platform.infra", matches = "testcontainers",
        disabledReason = "needs no Kafka or MongoDB: runs in the embedded pass only")
@SmallLimits
@ExtendWith(OutputCaptureExtension.class)
class GatewayRateLimitsIntegrationTest extends GatewayTestBase {

    private static final String TRAFFY = "/api/intake/traffy-fondue";
    private static final String HOTLINE = "/api/intake/hotline-1555";
    private static final String TRACK = "/api/public/track";

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileAnotherClientStillPasses() {
        String traffy = TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER");
        String hotline = TOKENS.token("hotline-adapter", "CHANNEL_ADAPTER");
        for (int request = 1; request <= 5; request++) {
            push(traffy, TRAFFY).expectStatus().isOk();
        }
        long reachedIntake = INTAKE.received().stream().filter(("POST " + TRAFFY)::equals).count();

        EntityExchangeResult<byte[]> refused = push(traffy, TRAFFY)
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429)
                .returnResult();
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 600L);
        // the limit is the client's, not the token's: a fresh token of the same client is refused too
        push(TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER"), TRAFFY)
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(INTAKE.received().stream().filter(("POST " + TRAFFY)::equals).count()).isEqualTo(reachedIntake);

        for (int request = 1; request <= 5; request++) {
            push(hotline, HOTLINE).expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("intake").jsonPath("$.path").isEqualTo(HOTLINE);
        }
    }

    @Test
    void behindATrustedProxyTrackingIsLimitedPerForwardedClientAndNoAddressIsLogged(CapturedOutput output) {
        String guesser = "198.51.100.23";
        String neighbour = "198.51.100.24";
        for (int attempt = 1; attempt <= 3; attempt++) {
            track(guesser).expectStatus().isOk();
        }

        track(guesser).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        // what the guesser writes to the left of the address our proxy appended is never believed
        track("203.0.113.50, " + guesser).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        // another complainant behind the same proxy is not locked out with the guesser
        track(neighbour).expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("cases");

        assertThat(output.getAll()).doesNotContain(guesser, neighbour, "203.0.113.50");
    }

    private WebTestClient.ResponseSpec push(String token, String path) {
        return client().post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    private WebTestClient.ResponseSpec track(String forwardedFor) {
        return client().post().uri(TRACK).header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("trackingCode", "BKK-7Q2M-9XK4")).exchange();
    }
}
