package th.bma.anticorruption.cases;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.bma.anticorruption.cases.casework.CaseRouting;
import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.RuleReference;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.tracking.TrackingCodeHasher;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.outbox.KafkaOutboxSender;
import th.bma.anticorruption.support.outbox.OutboxProperties;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TestTokens;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for every case-tracking integration test (they all extend this class, so Spring caches it):
 * the real service on the real broker and MongoDB, a clock the tests move, the scheduler off (tests call the watch).
 */
@PlatformIntegrationTest
@SpringBootTest(classes = {CaseTrackingApplication.class, CaseTrackingIntegrationTestSupport.TestBeans.class},
        properties = {"cases.watch.enabled=false", "platform.outbox.relay-interval=PT1H", "platform.outbox.grace=PT10S", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN",
                "logging.level.org.springframework.kafka=WARN", "logging.level.org.springframework.cloud.stream=WARN",
                "logging.level.org.springframework.integration=WARN", "logging.structured.format.console="})
@AutoConfigureMockMvc
public abstract class CaseTrackingIntegrationTestSupport {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final Instant START = Instant.parse("2026-08-20T03:00:00Z");
    protected static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    protected static final String HASH_KEY = "dGVzdC1vbmx5LXRyYWNraW5nLWhhc2gta2V5LTMyLWJ5dGVzIQ==";
    protected static final Destination WG_3 = new Destination(DestinationKind.WORKING_GROUP, "WG-3",
            "คณะทำงานที่ 3 (เทศกิจ)", "Working group 3 (city law enforcement)");
    protected static final Destination PATHUM_WAN = new Destination(DestinationKind.UNIT, "DISTRICT-1007",
            "สำนักงานเขตปทุมวัน", "Pathum Wan District Office");
    protected static final Destination INTERNAL = new Destination(DestinationKind.INTERNAL_TRACK, "CSC-OFFICE",
            "สำนักงาน ก.ก.", "Office of the BMA Civil Service Commission");
    protected static final Destination NACC = new Destination(DestinationKind.NACC, "NACC", "สำนักงาน ป.ป.ช.",
            "National Anti-Corruption Commission");
    protected static final Destination TRIAGE = new Destination(DestinationKind.TRIAGE, "CENTRE", "ศตท.กทม.",
            "BMA Anti-Corruption Monitoring Centre");

    private static KafkaProducer<String, byte[]> producer;
    private static Admin admin;
    protected static TopicReader statusChanged;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "cases");
        TestInfrastructure.registerIdentityKeyset(registry);
        registry.add("platform.tracking.hash-key", () -> HASH_KEY);
    }

    @BeforeAll
    static void openClients() {
        String brokers = TestInfrastructure.kafkaBootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
        statusChanged = new TopicReader(brokers, Topics.CASES_STATUS_CHANGED);
    }

    @AfterAll
    static void closeClients() {
        producer.close();
        admin.close();
        statusChanged.close();
    }

    /** Publishes as other services do: JSON value, aggregate id as key. */
    protected static void publish(String topic, IntegrationEvent event) throws Exception {
        publish(topic, event, null);
    }

    /** The same within a trace: the W3C {@code traceparent} header as the sending service's binder puts it. */
    protected static void publish(String topic, IntegrationEvent event, String traceparent) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.aggregateId(),
                JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8));
        TraceParent.addTo(record.headers(), traceparent);
        producer.send(record).get();
    }

    /** Waits until the service's consumer group has committed every record on {@code topic}. */
    protected static void awaitConsumed(String topic) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toSet());
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p,
                    p -> OffsetSpec.latest()))).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets("case-tracking-service").partitionsToOffsetAndMetadata().get();
            return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                    || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset()));
        });
    }

    protected static ComplaintRouted routed(String complaintId, long sequence, RoutingKind kind,
            Destination destination, Disposition disposition, String trackingCode) {
        return routed(complaintId, sequence, kind, destination, disposition, trackingCode,
                OffsetDateTime.parse("2026-08-20T10:21:07+07:00"));
    }

    /** The same for a complaint its channel received at {@code receivedAt}. */
    protected static ComplaintRouted routed(String complaintId, long sequence, RoutingKind kind,
            Destination destination, Disposition disposition, String trackingCode, OffsetDateTime receivedAt) {
        return routed(complaintId, sequence, kind, destination, disposition, trackingCode, receivedAt,
                LineOfWork.CITY_LAW_ENFORCEMENT, LineOfWork.CITY_LAW_ENFORCEMENT);
    }

    /** A decision giving the case {@code lineOfWork} where routing's classifier suggested {@code suggested}. */
    protected static ComplaintRouted routed(String complaintId, long sequence, RoutingKind kind,
            Destination destination, Disposition disposition, String trackingCode, LineOfWork lineOfWork,
            LineOfWork suggested) {
        return routed(complaintId, sequence, kind, destination, disposition, trackingCode,
                OffsetDateTime.parse("2026-08-20T10:21:07+07:00"), lineOfWork, suggested);
    }

    private static ComplaintRouted routed(String complaintId, long sequence, RoutingKind kind,
            Destination destination, Disposition disposition, String trackingCode, OffsetDateTime receivedAt,
            LineOfWork lineOfWork, LineOfWork suggested) {
        return new ComplaintRouted(UUID.randomUUID(), Instant.parse("2026-08-20T15:25:40Z"), complaintId,
                ComplaintRouted.SCHEMA_VERSION, UUID.randomUUID(), sequence, kind,
                new ComplaintSummary(Channel.HOTLINE_1555, "CALL-" + complaintId, receivedAt, "ปทุมวัน",
                        List.of("ทุจริต"), null,
                        "เจ้าหน้าที่เทศกิจเรียกเก็บเงินผู้ค้า โทร [หมายเลขโทรศัพท์]", null,
                        new AccusedPerson(null, "เจ้าพนักงานเทศกิจ", "ชำนาญงาน", "ฝ่ายเทศกิจ เขตปทุมวัน",
                                "DISTRICT-1007"),
                        trackingCode == null ? null : new TrackingCodeHasher(HASH_KEY).hash(trackingCode)),
                lineOfWork, 0.93, disposition, destination,
                new RuleReference("CITY-LAW-ENFORCEMENT", 3, "เรื่องเทศกิจส่งคณะทำงานที่ 3",
                        "City law enforcement goes to working group 3"),
                kind == RoutingKind.INITIAL ? "routing-service" : "director", null, suggested);
    }

    /** A Bangkok wall-clock time, {@code yyyy-MM-ddTHH:mm:ss}. */
    protected static Instant bangkok(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    protected static String newComplaintId() {
        return "CMP-" + UUID.randomUUID();
    }

    protected static String caseIdOf(String complaintId) {
        return CaseRouting.caseIdFor(complaintId);
    }

    /** A request as a caller with {@code role} (and {@code unit} for scoped officers). */
    protected static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String subject,
            String role, String unit) {
        return request.header("Authorization", "Bearer " + (unit == null ? TOKENS.token(subject, role)
                : TOKENS.scopedToken(subject, role, unit)));
    }

    protected static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
        return as(request, role.toLowerCase(), role, null);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        JwtDecoder jwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return decoder;
        }

        @Bean
        @Primary
        FailingSends failingSends(EventBatchPublisher publisher, OutboxProperties outbox) {
            return new FailingSends(new KafkaOutboxSender(publisher, outbox.sendTimeout()));
        }

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }
    }
}
