package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DeadLetterInterceptorsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void putsTheScrubberAndTheCounterOnEveryBinderProducerBesideTheInterceptorsAlreadyThere() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, "com.example.Audit");

        new DeadLetterInterceptors(registry).configure(config, "routeComplaint-in-0", "complaints.received.v1.dlt");

        assertThat(config.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG))
                .isEqualTo(List.of("com.example.Audit", DeadLetterScrubber.class, DeadLetterCounter.class));
        assertThat(config.get(DeadLetterCounter.REGISTRY_CONFIG)).isSameAs(registry);
    }

    @Test
    void aDeadLetterKeepsTheExceptionClassAndTheOriginalPlaceButNoExceptionText() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-original-topic", bytes("complaints.received.v1"));
        headers.add("x-original-partition", ByteBuffer.allocate(4).putInt(2).array());
        headers.add("x-original-offset", ByteBuffer.allocate(8).putLong(41L).array());
        headers.add("x-exception-fqcn", bytes("th.bma.anticorruption.routing.decision.InvalidComplaintException"));
        headers.add("x-exception-message", bytes("description ผมชื่อสมชาย ใจดี โทร 081 234 5678 is not valid"));
        headers.add("x-exception-stacktrace", bytes("InvalidComplaintException: ผมชื่อสมชาย\n\tat ..."));
        headers.add("kafka_dlt-exception-message", bytes("ผมชื่อสมชาย"));
        headers.add("kafka_dlt-exception-stacktrace", bytes("at ..."));
        headers.add("traceparent", bytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        ProducerRecord<Object, Object> deadLetter = new ProducerRecord<>("complaints.received.v1.dlt", 2, 1_700_000L,
                "CMP-1", "{\"complaintId\":\"CMP-1\"}".getBytes(StandardCharsets.UTF_8), headers);

        ProducerRecord<Object, Object> sent = new DeadLetterScrubber().onSend(deadLetter);

        assertThat(sent.headers().toArray()).extracting(Header::key).containsExactly("x-original-topic",
                "x-original-partition", "x-original-offset", "x-exception-fqcn", "traceparent");
        assertThat(new String(sent.headers().lastHeader("x-exception-fqcn").value(), StandardCharsets.UTF_8))
                .endsWith("InvalidComplaintException");
        assertThat(ByteBuffer.wrap(sent.headers().lastHeader("x-original-offset").value()).getLong()).isEqualTo(41L);
        assertThat(sent.topic()).isEqualTo(deadLetter.topic());
        assertThat(sent.partition()).isEqualTo(2);
        assertThat(sent.key()).isEqualTo("CMP-1");
        assertThat(sent.value()).isSameAs(deadLetter.value());
    }

    @Test
    void recordsOnOtherTopicsPassUntouched() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-exception-message", bytes("a header of an ordinary event is its own business"));
        ProducerRecord<Object, Object> event = new ProducerRecord<>("complaints.routed.v1", null, "CMP-1", "{}", headers);

        assertThat(new DeadLetterScrubber().onSend(event)).isSameAs(event);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void countsAcknowledgedRecordsOnDeadLetterTopicsOnly() {
        DeadLetterCounter counter = configuredCounter();

        counter.onAcknowledgement(metadata("complaints.received.v1.dlt"), null);
        counter.onAcknowledgement(metadata("complaints.received.v1.dlt"), null);
        counter.onAcknowledgement(metadata("complaints.routed.v1.dlt"), new RuntimeException("broker away"));
        counter.onAcknowledgement(metadata("complaints.routed.v1"), null);

        assertThat(registry.get(DeadLetterCounter.METER).tag("topic", "complaints.received.v1.dlt").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.find(DeadLetterCounter.METER).tag("topic", "complaints.routed.v1.dlt").counter()).isNull();
        assertThat(registry.find(DeadLetterCounter.METER).tag("topic", "complaints.routed.v1").counter()).isNull();
    }

    private DeadLetterCounter configuredCounter() {
        Map<String, Object> config = new HashMap<>();
        new DeadLetterInterceptors(registry).configure(config, "b", "d");
        DeadLetterCounter counter = new DeadLetterCounter();
        counter.configure(config);
        return counter;
    }

    private static RecordMetadata metadata(String topic) {
        return new RecordMetadata(new TopicPartition(topic, 0), 0, 0, 0L, 0, 0);
    }

    @Test
    void theConfiguredDeadLetterTopicsStartAtZero() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.cloud.stream.kafka.bindings.routeComplaint-in-0.consumer.enable-dlq", "true")
                .withProperty("spring.cloud.stream.kafka.bindings.routeComplaint-in-0.consumer.dlq-name",
                        "complaints.received.v1.dlt")
                .withProperty("spring.cloud.stream.kafka.bindings.countCaseStatus-in-0.consumer.enableDlq", "true")
                .withProperty("spring.cloud.stream.kafka.bindings.countCaseStatus-in-0.consumer.dlqName",
                        "cases.status-changed.v1.dlt")
                .withProperty("spring.cloud.stream.kafka.bindings.complaintRouted-out-0.producer.sync", "true");

        DeadLetterTopics.registerCounters(environment, registry);

        assertThat(registry.find(DeadLetterCounter.METER).counters())
                .extracting(c -> c.getId().getTag("topic"), c -> c.count())
                .containsExactlyInAnyOrder(tuple("complaints.received.v1.dlt", 0.0),
                        tuple("cases.status-changed.v1.dlt", 0.0));
    }
}
