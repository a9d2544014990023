package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Sends many events at once and reports which ones the broker acknowledged: for the CSV import and the outbox relay.
 * A request's single event goes through {@link EventPublisher} on a {@code sync: true} binding; but StreamBridge
 * serialises sends, so 100,000 synchronous sends take minutes. Here every record of a batch is handed to one
 * idempotent {@code acks=all} producer first and only then awaited, so the broker receives them in batches.
 * Records look like EventPublisher's: key = aggregate id, JSON value, the same headers, and the {@code traceparent}
 * of the request that accepted the event.
 */
public class BulkEventSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkEventSender.class);

    private final KafkaProducer<byte[], byte[]> producer;
    private final JsonMapper json;

    public BulkEventSender(String bootstrapServers, JsonMapper json) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.CLIENT_ID_CONFIG, "complaint-intake-bulk"),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.json = json;
    }

    /** Sends every event to {@code topic}; returns, per event, whether the broker acknowledged it. */
    public List<Boolean> sendAll(String topic, List<? extends IntegrationEvent> events) {
        return sendSerialized(topic, events.stream().map(event -> SerializedEvent.of(event, json)).toList());
    }

    /** The same for events already serialised (the import path stores and sends the same bytes). */
    public List<Boolean> sendSerialized(String topic, List<SerializedEvent> events) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        for (SerializedEvent event : events) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, utf8(event.aggregateId()), event.body());
            record.headers()
                    .add(new RecordHeader(EventPublisher.EVENT_ID_HEADER, utf8(event.eventId().toString())))
                    .add(new RecordHeader(EventPublisher.EVENT_TYPE_HEADER, utf8(event.type())))
                    .add(new RecordHeader(EventPublisher.SCHEMA_VERSION_HEADER, utf8(String.valueOf(event.schemaVersion()))))
                    .add(new RecordHeader("contentType", utf8("application/json")));
            TraceParent.addTo(record.headers(), event.traceparent());
            try {
                sends.add(producer.send(record));
            } catch (RuntimeException e) {
                sends.add(java.util.concurrent.CompletableFuture.failedFuture(e));
            }
        }
        List<Boolean> acknowledged = new ArrayList<>(sends.size());
        for (Future<RecordMetadata> send : sends) {
            acknowledged.add(await(send));
        }
        return acknowledged;
    }

    private static boolean await(Future<RecordMetadata> send) {
        try {
            send.get(60, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("A bulk event send failed ({}); the outbox relay will retry it", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
