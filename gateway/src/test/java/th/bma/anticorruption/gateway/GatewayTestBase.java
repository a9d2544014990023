package th.bma.anticorruption.gateway;

import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import th.bma.anticorruption.testkit.TestTokens;

/**
 * One gateway for all gateway tests (Spring caches the context): the four services are {@link StubService}s, and
 * the JWK set the gateway trusts is served by a stub, so the gateway's real JWT configuration (issuer, signature,
 * expiry) is what the tests exercise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.gateway.resilience.open-state-wait=1s",
        "platform.gateway.resilience.time-limit=2s",
        "platform.gateway.limits.max-body-size=4KB"})
abstract class GatewayTestBase {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService INTAKE = new StubService("intake", TOKENS.jwkSetJson());
    static final StubService ROUTING = new StubService("routing", TOKENS.jwkSetJson());
    static final StubService CASES = new StubService("cases", TOKENS.jwkSetJson());
    static final StubService STATISTICS = new StubService("statistics", TOKENS.jwkSetJson());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("platform.services.intake-uri", INTAKE::uri);
        registry.add("platform.services.routing-uri", ROUTING::uri);
        registry.add("platform.services.cases-uri", CASES::uri);
        registry.add("platform.services.statistics-uri", STATISTICS::uri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> INTAKE.uri() + "/oauth2/jwks");
    }

    /** A client with a pool of kept-alive connections, as browsers and channel adapters connect. */
    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
