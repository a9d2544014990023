package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.GeoPoint;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.observability.DeadLetterCounter;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.testkit.TestInfrastructure;

/**
 * What operators see of routing: the trace of a complaint continues across the Kafka hop (the routed record carries
 * the received record's trace id under a new span), and the decision, the dead letter and the consumer lag are
 * metrics on /actuator/prometheus.
 */
class ObservabilityIntegrationTest extends RoutingIntegrationTestSupport {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INTAKE_SPAN = "00f067aa0ba902b7";

    @Autowired
    MeterRegistry meters;

    @Test
    void theRoutedEventContinuesTheTraceOfTheReceivedOneAndCountsPerChannel() throws Exception {
        double before = routedOnHotline();
        String complaintId = "CMP-" + UUID.randomUUID();

        send(received(complaintId, new ComplaintSummary(Channel.HOTLINE_1555, "1555-" + complaintId,
                OffsetDateTime.parse("2026-11-20T09:15:00+07:00"), "ปทุมวัน", List.of(), "ฝ่ายเทศกิจ เขตปทุมวัน",
                "เจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยทุกวัน", new GeoPoint(13.7466, 100.5393), null,
                "hash-t")), "00-" + TRACE_ID + "-" + INTAKE_SPAN + "-01");
        awaitRouted(complaintId, v -> true);

        ConsumerRecord<String, byte[]> record = routed.records().stream()
                .filter(r -> complaintId.equals(r.key())).findFirst().orElseThrow();
        String traceparent = header(record, TraceParent.HEADER);
        assertThat(TraceParent.traceIdOf(traceparent)).isEqualTo(TRACE_ID);
        assertThat(traceparent).doesNotContain(INTAKE_SPAN);
        await().atMost(WAIT).untilAsserted(() -> assertThat(routedOnHotline()).isEqualTo(before + 1));
        assertThat(prometheus()).contains("platform_events_published_total{application=\"routing-service\","
                + "event=\"ComplaintRouted\"");
    }

    @Test
    void aDeadLetterIsCountedPerDeadLetterTopic() throws Exception {
        double before = deadLetters();

        send(received("CMP-" + UUID.randomUUID(), null), null);

        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetters()).isEqualTo(before + 1));
        assertThat(prometheus()).contains("platform_dead_letters_total{application=\"routing-service\","
                + "topic=\"complaints.received.v1.dlt\"}");
    }

    @Test
    void theConsumerLagOfTheRoutingGroupIsAGauge() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(meters.find("spring.cloud.stream.binder.kafka.offset")
                .tag("group", "routing-service").tag("topic", Topics.COMPLAINTS_RECEIVED).gauge()).isNotNull());
        assertThat(prometheus()).contains("spring_cloud_stream_binder_kafka_offset{application=\"routing-service\"");
    }

    private double routedOnHotline() {
        return meters.find("routing.decisions.published").tag("channel", "HOTLINE_1555").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private double deadLetters() {
        return DeadLetterCounter.counter(meters, Topics.deadLetter(Topics.COMPLAINTS_RECEIVED)).count();
    }

    private String prometheus() {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus").retrieve()
                .body(String.class);
    }

    private static ComplaintReceived received(String complaintId, ComplaintSummary complaint) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.now(), complaintId, ComplaintReceived.SCHEMA_VERSION,
                complaint, null);
    }

    private static void send(ComplaintReceived event, String traceparent) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMPLAINTS_RECEIVED,
                    event.complaintId(), JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8));
            TraceParent.addTo(record.headers(), traceparent);
            producer.send(record).get();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
