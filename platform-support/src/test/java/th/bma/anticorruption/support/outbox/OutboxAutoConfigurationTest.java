package th.bma.anticorruption.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.support.messaging.BinderProducer;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.messaging.EventRecord;
import th.bma.anticorruption.support.messaging.MessagingAutoConfiguration;
import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

class OutboxAutoConfigurationTest {

    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, MessagingAutoConfiguration.class,
                    OutboxAutoConfiguration.class))
            .withBean(StreamBridge.class, () -> mock(StreamBridge.class))
            .withBean(BindingServiceProperties.class, () -> mock(BindingServiceProperties.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void theOutboxSendsThroughTheServicesBatchPublisherWithItsOwnTimeout() {
        EventBatchPublisher publisher = mock(EventBatchPublisher.class);
        when(publisher.send(anyList(), eq(Duration.ofSeconds(7)))).thenReturn(List.of(true, false));
        context.withBean(EventBatchPublisher.class, () -> publisher)
                .withPropertyValues("platform.outbox.send-timeout=7s").run(started -> {
                    OutboxSender sender = started.getBean(OutboxSender.class);
                    UUID first = UUID.randomUUID();
                    UUID second = UUID.randomUUID();

                    assertThat(sender.send(List.of(event("c-1", first), event("c-2", second))))
                            .containsExactly(true, false);

                    @SuppressWarnings("unchecked")
                    ArgumentCaptor<List<EventRecord>> sent = ArgumentCaptor.forClass(List.class);
                    verify(publisher).send(sent.capture(), eq(Duration.ofSeconds(7)));
                    assertThat(sent.getValue()).extracting(EventRecord::key, EventRecord::eventId)
                            .containsExactly(tuple("c-1", first),
                                    tuple("c-2", second));
                });
    }

    @Test
    void theOneProducerHasTheBindersBrokersBootsSecuritySettingsAndTheOutboxsAcknowledgements() {
        context.withPropertyValues("spring.cloud.stream.kafka.binder.brokers=kafka-a:9093,kafka-b:9093",
                "spring.kafka.security.protocol=SASL_SSL", "spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512",
                "spring.cloud.stream.kafka.binder.producer-properties.linger.ms=0").run(started -> {
                    assertThat(started).hasSingleBean(KafkaOutboxSender.class).hasSingleBean(BinderProducer.class);
                    Map<String, Object> producer = started.getBean(BinderProducer.class).template()
                            .getProducerFactory().getConfigurationProperties();
                    assertThat(producer)
                            .containsEntry("security.protocol", "SASL_SSL")
                            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                            .containsEntry("acks", "all")
                            .containsEntry("enable.idempotence", true)
                            .containsEntry("linger.ms", "0");
                    assertThat(String.valueOf(producer.get("bootstrap.servers")))
                            .contains("kafka-a:9093").contains("kafka-b:9093");
                });
    }

    @Test
    void withoutAGracePeriodTheRelayWaitsAsLongAsTheProducerOrTheOutboxMayStillSend() {
        context.withUserConfiguration(DecisionsOutbox.class).withPropertyValues("platform.outbox.relay-interval=1h")
                .run(started -> assertThat(started.getBean(OutboxRelay.class).grace())
                        .as("Kafka's max.block.ms (60 s) and delivery.timeout.ms (120 s)")
                        .isEqualTo(Duration.ofMinutes(3)));

        context.withUserConfiguration(DecisionsOutbox.class).withPropertyValues("platform.outbox.relay-interval=1h",
                "spring.cloud.stream.kafka.binder.producer-properties.max.block.ms=5000",
                "spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms=45000").run(started -> {
                    assertThat(started.getBean(OutboxSender.class).longestSend()).isEqualTo(Duration.ofSeconds(50));
                    assertThat(started.getBean(OutboxRelay.class).grace()).isEqualTo(Duration.ofSeconds(50));
                });

        context.withUserConfiguration(DecisionsOutbox.class).withPropertyValues("platform.outbox.relay-interval=1h",
                "platform.outbox.send-timeout=90s",
                "spring.cloud.stream.kafka.binder.producer-properties.max.block.ms=5000",
                "spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms=45000")
                .run(started -> assertThat(started.getBean(OutboxRelay.class).grace())
                        .as("the outbox waits longer than the producer tries").isEqualTo(Duration.ofSeconds(95)));
    }

    @Test
    void aGracePeriodShorterThanTheLongestSendStopsTheServiceFromStarting() {
        context.withUserConfiguration(DecisionsOutbox.class).withPropertyValues("platform.outbox.relay-interval=1h",
                "platform.outbox.grace=10s",
                "spring.cloud.stream.kafka.binder.producer-properties.max.block.ms=5000",
                "spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms=45000").run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("platform.outbox.grace (PT10S)")
                            .hasMessageContaining("outbox decisions can take (PT50S");
                });

        context.withUserConfiguration(DecisionsOutbox.class).withPropertyValues("platform.outbox.relay-interval=1h",
                "platform.outbox.grace=4m")
                .run(started -> assertThat(started.getBean(OutboxRelay.class).grace()).isEqualTo(Duration.ofMinutes(4)));
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
    void oneRelayRelaysEveryOutboxTheServiceDeclaresOnThePlatformsSchedule() {
        OutboxTest.MovableClock clock = new OutboxTest.MovableClock(Instant.parse("2026-12-04T03:00:00Z"));
        OutboxTest.InMemoryStore decisions = new OutboxTest.InMemoryStore(clock);
        OutboxTest.InMemoryStore cases = new OutboxTest.InMemoryStore(clock);
        decisions.store(List.of(new OutboxTest.Item("d-1")));
        cases.store(List.of(new OutboxTest.Item("c-1")));
        OutboxSender acknowledging = events -> events.stream().map(event -> true).toList();
        context.withBean("decisionsOutbox", Outbox.class, () -> new Outbox<>("decisions", decisions, acknowledging,
                        clock))
                .withBean("casesOutbox", Outbox.class, () -> new Outbox<>("cases", cases, acknowledging, clock))
                .withPropertyValues("platform.outbox.relay-interval=1h", "platform.outbox.grace=30s").run(started -> {
                    OutboxRelay relay = started.getBean(OutboxRelay.class);
                    assertThat(relay.isRunning()).isTrue();

                    clock.advance(Duration.ofSeconds(20));
                    relay.pass();
                    assertThat(decisions.unmarked()).as("within the grace period").hasSize(1);

                    clock.advance(Duration.ofSeconds(20));
                    relay.pass();
                    assertThat(decisions.unmarked()).isEmpty();
                    assertThat(cases.unmarked()).isEmpty();
                });
    }

    @Test
    void noOutboxNoRelayAndAServicesOwnRelayStands() {
        context.run(started -> assertThat(started).doesNotHaveBean(OutboxRelay.class));

        OutboxRelay own = new OutboxRelay(List.of(), new OutboxRelay.Schedule(Duration.ofHours(1), Duration.ZERO, 1));
        Clock clock = Clock.systemUTC();
        context.withBean(Outbox.class, () -> new Outbox<>("items", new OutboxTest.InMemoryStore(clock),
                        events -> List.of(), clock))
                .withBean(OutboxRelay.class, () -> own)
                .run(started -> assertThat(started.getBean(OutboxRelay.class)).isSameAs(own));
    }

    @Test
    void recordsCarryTheKeyTheEventHeadersAndTheStoredTrace() {
        UUID eventId = UUID.randomUUID();
        ProducerRecord<byte[], byte[]> record = KafkaOutboxSender.recordOf(
                new OutboxEvent("complaints.received.v1", "c-1", eventId, "ComplaintReceived", 2, "{}", TRACE))
                .toProducerRecord(true);

        assertThat(record.topic()).isEqualTo("complaints.received.v1");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("c-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(header(record, EventPublisher.EVENT_ID_HEADER)).isEqualTo(eventId.toString());
        assertThat(header(record, EventPublisher.EVENT_TYPE_HEADER)).isEqualTo("ComplaintReceived");
        assertThat(header(record, EventPublisher.SCHEMA_VERSION_HEADER)).isEqualTo("2");
        assertThat(header(record, "contentType")).isEqualTo("application/json");
        assertThat(header(record, TraceParent.HEADER)).isEqualTo(TRACE);
    }

    /** A service's outbox on the autoconfigured sender. */
    @Configuration(proxyBeanMethods = false)
    static class DecisionsOutbox {

        @Bean
        Outbox<OutboxTest.Item> decisionsOutbox(OutboxSender sender) {
            Clock clock = Clock.systemUTC();
            return new Outbox<>("decisions", new OutboxTest.InMemoryStore(clock), sender, clock);
        }
    }

    private static OutboxEvent event(String key, UUID eventId) {
        return new OutboxEvent("complaints.received.v1", key, eventId, "ComplaintReceived", 2, "{}", TRACE);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
