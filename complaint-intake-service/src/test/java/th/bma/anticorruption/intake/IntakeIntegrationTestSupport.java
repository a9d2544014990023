package th.bma.anticorruption.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TestTokens;

/**
 * The one Spring context every intake integration test shares (so Spring caches it): the real service on a random
 * port, a real Kafka broker and MongoDB, tokens from {@link TestTokens}, a clock the tests move, and an outbox sender
 * that can be made to refuse or hold sends to simulate a broker outage or a busy broker.
 */
@PlatformIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platform.outbox.relay-interval=PT1H", "platform.outbox.grace=PT10S"})
@Import(IntakeIntegrationTestSupport.Config.class)
public abstract class IntakeIntegrationTestSupport {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private OutboxSender outboxSender;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws IOException {
        TestInfrastructure.register(registry, "intake");
        Path keys = Files.createTempDirectory("intake-keys");
        registry.add("platform.identity.keyset-path", () -> keys.resolve("identity-keyset.json").toString());
        registry.add("platform.identity.generate-keyset", () -> "true");
        registry.add("platform.tracking.hash-key-file", () -> keys.resolve("tracking-hash-key").toString());
        registry.add("platform.tracking.generate-hash-key", () -> "true");
    }

    /** The outbox's sender, which tests can make refuse or hold sends. */
    protected ControllableSender sender() {
        return (ControllableSender) outboxSender;
    }

    protected HttpResponse<String> send(String method, String path, String role, String body) {
        return send(method, path, role, body, "application/json");
    }

    protected HttpResponse<String> send(String method, String path, String role, String body, String contentType) {
        return sendWithToken(method, path, role == null ? null : tokenFor(path, role), body, contentType);
    }

    /** With a signed-in person's token ({@code subject_kind} user) instead of a client's. */
    protected HttpResponse<String> sendAsPerson(String method, String path, String username, String role, String body) {
        return sendWithToken(method, path, TOKENS.personToken(username, role), body, "application/json");
    }

    private HttpResponse<String> sendWithToken(String method, String path, String token, String body,
            String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A channel adapter pushing where a test sends it is that channel's adapter, as in the platform. */
    private static String tokenFor(String path, String role) {
        if (PlatformRoles.CHANNEL_ADAPTER.equals(role)) {
            if (path.startsWith("/api/intake/traffy-fondue")) {
                return TOKENS.channelToken("traffy-adapter", Channel.TRAFFY_FONDUE.name());
            }
            if (path.startsWith("/api/intake/hotline-1555")) {
                return TOKENS.channelToken("hotline-adapter", Channel.HOTLINE_1555.name());
            }
        }
        return TOKENS.token(role.toLowerCase() + "-client", role);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        JwtDecoder jwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return decoder;
        }

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-08-21T03:00:00Z"));
        }

        /** The auto-configured Kafka sender, wrapped so that tests can make it refuse or hold sends. */
        @Bean
        static BeanPostProcessor controllableSender() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof OutboxSender sender && !(bean instanceof ControllableSender)
                            ? new ControllableSender(sender) : bean;
                }
            };
        }
    }
}
