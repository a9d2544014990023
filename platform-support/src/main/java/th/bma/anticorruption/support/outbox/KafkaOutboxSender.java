package th.bma.anticorruption.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Sends outbox events through a {@link KafkaTemplate}: every record of a batch is handed to one idempotent
 * {@code acks=all} producer first and only then awaited, so the broker receives them in batches. Records look like
 * {@link EventPublisher}'s (key = aggregate id, JSON value, the same headers) and carry the stored
 * {@code traceparent}. With a meter registry, acknowledged events count in {@value EventPublisher#PUBLISHED_METER}.
 */
public class KafkaOutboxSender implements OutboxSender, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutboxSender.class);
    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private final Duration timeout;
    private final MeterRegistry meters;

    /**
     * {@code producerConfiguration} is the service's (bootstrap servers, security, …); acknowledgement by all
     * replicas, idempotence and byte serialisers are the outbox's own and override it.
     */
    public KafkaOutboxSender(Map<String, Object> producerConfiguration, Duration timeout, MeterRegistry meters) {
        Map<String, Object> configuration = new HashMap<>(producerConfiguration);
        configuration.put(ProducerConfig.ACKS_CONFIG, "all");
        configuration.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configuration.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        configuration.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        configuration.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        configuration.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producers = new DefaultKafkaProducerFactory<>(configuration);
        this.template = new KafkaTemplate<>(producers);
        this.timeout = timeout;
        this.meters = meters;
    }

    @Override
    public List<Boolean> send(List<OutboxEvent> events) {
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            try {
                sends.add(template.send(recordOf(event)));
            } catch (RuntimeException e) {
                sends.add(CompletableFuture.failedFuture(e));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Boolean> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            boolean ok = await(sends.get(i), deadline);
            acknowledged.add(ok);
            if (ok && meters != null) {
                Counter.builder(EventPublisher.PUBLISHED_METER)
                        .description("Integration events the binder accepted, by event type")
                        .tag("event", String.valueOf(events.get(i).type())).register(meters).increment();
            }
        }
        return acknowledged;
    }

    static ProducerRecord<byte[], byte[]> recordOf(OutboxEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(event.topic(), utf8(event.key()), event.body());
        Headers headers = record.headers();
        headers.add(EventPublisher.EVENT_ID_HEADER, utf8(event.eventId().toString()));
        if (event.type() != null) {
            headers.add(EventPublisher.EVENT_TYPE_HEADER, utf8(event.type()));
        }
        headers.add(EventPublisher.SCHEMA_VERSION_HEADER, utf8(String.valueOf(event.schemaVersion())));
        headers.add("contentType", JSON);
        TraceParent.addTo(headers, event.traceparent());
        return record;
    }

    private static boolean await(CompletableFuture<?> send, long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            // The cause's message may quote the payload: log only its type.
            log.warn("An outbox send failed ({}); the relay will send it again", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The producer's configuration, as merged (for tests of what reaches the producer). */
    Map<String, Object> producerConfiguration() {
        return producers.getConfigurationProperties();
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
