package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.observability.TraceParent;

class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, OutboxAutoConfiguration.class));

    @Test
    void theSenderUsesTheBindersBrokersAndBootsSecuritySettings() {
        context.withPropertyValues("spring.cloud.stream.kafka.binder.brokers=kafka-a:9093,kafka-b:9093",
                "spring.kafka.security.protocol=SASL_SSL", "spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512",
                "spring.cloud.stream.kafka.binder.producer-properties.linger.ms=0").run(started -> {
                    KafkaOutboxSender sender = started.getBean(KafkaOutboxSender.class);
                    assertThat(sender.producerConfiguration())
                            .containsEntry("security.protocol", "SASL_SSL")
                            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                            .containsEntry("acks", "all")
                            .containsEntry("enable.idempotence", true)
                            .containsEntry("linger.ms", "0");
                    assertThat(String.valueOf(sender.producerConfiguration().get("bootstrap.servers")))
                            .contains("kafka-a:9093").contains("kafka-b:9093");
                });
    }

    @Test
    void aServiceMayBringItsOwnSender() {
        OutboxSender own = events -> events.stream().map(event -> true).toList();
        context.withBean(OutboxSender.class, () -> own).run(started -> {
            assertThat(started.getBean(OutboxSender.class)).isSameAs(own);
            assertThat(started).doesNotHaveBean(KafkaOutboxSender.class);
        });
    }

    @Test
    void recordsCarryTheKeyTheEventHeadersAndTheStoredTrace() {
        UUID eventId = UUID.randomUUID();
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ProducerRecord<byte[], byte[]> record = KafkaOutboxSender.recordOf(
                new OutboxEvent("complaints.received.v1", "c-1", eventId, "ComplaintReceived", 2, "{}", trace));

        assertThat(record.topic()).isEqualTo("complaints.received.v1");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("c-1");
        assertThat(header(record, EventPublisher.EVENT_ID_HEADER)).isEqualTo(eventId.toString());
        assertThat(header(record, EventPublisher.EVENT_TYPE_HEADER)).isEqualTo("ComplaintReceived");
        assertThat(header(record, EventPublisher.SCHEMA_VERSION_HEADER)).isEqualTo("2");
        assertThat(header(record, TraceParent.HEADER)).isEqualTo(trace);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
