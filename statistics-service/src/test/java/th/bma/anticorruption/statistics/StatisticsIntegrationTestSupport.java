package th.bma.anticorruption.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context every statistics integration test shares (so it starts once): the service on the real
 * Kafka broker and MongoDB of the test kit, served on a random port (for the event stream) besides MockMvc, tokens
 * from {@link TestTokens}, and the clock fixed at 21 April 2023 16:00 Bangkok time, the day the reference report's
 * April figures were taken ("1–21 เม.ย. 66").
 * Test classes use months of their own so their figures never mix.
 */
@PlatformIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(StatisticsIntegrationTestSupport.TestSecurityAndClock.class)
public abstract class StatisticsIntegrationTestSupport {

    public static final Instant NOW = Instant.parse("2023-04-21T09:00:00Z");

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private static KafkaProducer<String, String> producer;

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "statistics");
        registry.add("statistics.publish-interval-ms", () -> "100");
        registry.add("statistics.stream.heartbeat-interval-ms", () -> "200");
    }

    protected static String dashboardToken() {
        return "Bearer " + TOKENS.token("dashboard", "DASHBOARD");
    }

    /** Sends an event as the producing service would: JSON value, aggregate id as the key. */
    protected static void send(String topic, IntegrationEvent event) {
        try {
            producer().send(new ProducerRecord<>(topic, event.aggregateId(), JSON.writeValueAsString(event))).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a value as it is, e.g. one that is not JSON at all. */
    protected static void producerSendRaw(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static void sendCase(IntegrationEvent event) {
        send(Topics.CASES_STATUS_CHANGED, event);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @AfterAll
    static void flushProducer() {
        if (producer != null) {
            producer.flush();
        }
    }

    /** Trusts the tokens of {@link #TOKENS}, as the authorization server's would be trusted. */
    static JwtDecoder testJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER)));
        return decoder;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestSecurityAndClock {

        @Bean
        JwtDecoder jwtDecoder() {
            return testJwtDecoder();
        }

        @Bean
        @Primary
        Clock clock() {
            return Clock.fixed(NOW, StatisticsCalendar.BANGKOK);
        }
    }
}
