package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DeadLetterCountingTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void putsTheCounterOnEveryBinderProducerBesideTheInterceptorsAlreadyThere() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, "com.example.Audit");

        new DeadLetterCounting(registry).configure(config, "routeComplaint-in-0", "complaints.received.v1.dlt");

        assertThat(config.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG))
                .isEqualTo(List.of("com.example.Audit", DeadLetterCounter.class));
        assertThat(config.get(DeadLetterCounter.REGISTRY_CONFIG)).isSameAs(registry);
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
        new DeadLetterCounting(registry).configure(config, "b", "d");
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
