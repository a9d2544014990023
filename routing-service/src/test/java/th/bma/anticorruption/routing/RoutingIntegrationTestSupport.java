package th.bma.anticorruption.routing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.outbox.KafkaOutboxSender;
import th.bma.anticorruption.support.outbox.OutboxProperties;
import th.bma.anticorruption.support.outbox.PendingMarkers;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TestTokens;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for every routing integration test (they all extend this class, so Spring caches it): the real
 * service on the real broker and MongoDB, with tokens signed by {@link TestTokens}, its outbox sending through
 * {@link RecordedSends} and marking through {@link FailingMarks}. The outbox relay's own thread waits an hour: a test that needs a relay pass runs one itself.
 */
@PlatformIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {RoutingApplication.class, RoutingIntegrationTestSupport.Tokens.class,
                RoutingIntegrationTestSupport.Sends.class},
        properties = {"platform.outbox.relay-interval=PT1H", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
                "logging.level.org.springframework.kafka=WARN", "logging.level.org.springframework.cloud.stream=WARN",
                "logging.level.org.springframework.integration=WARN"})
public abstract class RoutingIntegrationTestSupport {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    private static KafkaProducer<String, byte[]> producer;
    protected static TopicReader routed;

    @LocalServerPort
    protected int port;

    @Autowired
    private MeterRegistry registry;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "routing");
        TestInfrastructure.registerIdentityKeyset(registry);
    }

    @BeforeAll
    static void openClients() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
        routed = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_ROUTED);
    }

    @AfterAll
    static void closeClients() {
        producer.close();
        routed.close();
    }

    /** Publishes as intake does: JSON value, complaint id as key. */
    protected static void publish(ComplaintReceived event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.COMPLAINTS_RECEIVED, event.complaintId(),
                JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8))).get();
    }

    protected static JsonNode awaitRouted(String complaintId, Predicate<JsonNode> matches) {
        return routed.awaitValue(v -> complaintId.equals(v.path("complaintId").asString()) && matches.test(v), WAIT);
    }

    protected static long routedCount(String complaintId) {
        return routed.records().stream()
                .filter(r -> complaintId.equals(r.key()))
                .count();
    }

    /**
     * How many records each of these complaints has on the topic (0 for none), from one read of it: the reader's poll
     * waits up to 200 ms when nothing new has come, which a count per complaint would pay once per complaint.
     */
    protected static Map<String, Long> routedCounts(Collection<String> complaintIds) {
        Map<String, Long> counts = new HashMap<>();
        complaintIds.forEach(complaintId -> counts.put(complaintId, 0L));
        routed.records().stream().filter(r -> counts.containsKey(r.key()))
                .forEach(r -> counts.merge(r.key(), 1L, Long::sum));
        return counts;
    }

    /** Whether every one of these complaints has exactly {@code count} records on the topic, in one read of it. */
    protected static boolean allRouted(Collection<String> complaintIds, long count) {
        return routedCounts(complaintIds).values().stream().allMatch(n -> n == count);
    }

    /** Decisions of this kind on complaints from the website counted as published. */
    protected double publishedFromWebsite(String kind) {
        return registry.find("routing.decisions.published").tag("kind", kind).tag("channel", "WEBSITE").counters()
                .stream().mapToDouble(counter -> counter.count()).sum();
    }

    protected static String token(String role) {
        return TOKENS.token(role.toLowerCase() + "-client", role);
    }

    protected Response get(String path, String token) {
        return exchange(client().get().uri(path), token);
    }

    protected Response put(String path, String token, Object body) {
        return exchange(client().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)), token);
    }

    protected Response post(String path, String token, Object body) {
        return exchange(client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)), token);
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    private static Response exchange(RestClient.RequestHeadersSpec<?> request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.exchange((req, res) -> {
            byte[] body = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(),
                    body.length == 0 ? JSON.missingNode() : JSON.readTree(body));
        });
    }

    /** An HTTP answer: status and JSON body. */
    protected record Response(int status, JsonNode body) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Sends {
        @Bean
        RecordedSends recordedSends(EventBatchPublisher publisher, OutboxProperties properties) {
            return new RecordedSends(new KafkaOutboxSender(publisher, properties.sendTimeout()));
        }

        @Bean
        @Primary
        FailingMarks failingMarks(DecisionStore decisions, PendingMarkers pending, MongoTemplate mongo,
                JsonMapper json, Clock clock) {
            return new FailingMarks(decisions, pending, mongo, json, clock);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Tokens {
        @Bean
        JwtDecoder jwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return decoder;
        }
    }
}
