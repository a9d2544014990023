package th.bma.anticorruption.testkit;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Makes records reach a batch-mode consumer in one poll: the consumer binding is paused (and the test waits until its
 * consumers really are), the records are written to one partition, in order, and {@link #close()} resumes the
 * binding, whose next poll then takes them all together.
 */
public final class HeldBatch implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BindingsLifecycleController bindings;
    private final String binding;
    private final KafkaProducer<String, byte[]> producer;

    private HeldBatch(BindingsLifecycleController bindings, String binding) {
        this.bindings = bindings;
        this.binding = binding;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    /** Pauses the consumer binding (e.g. {@code routeComplaint-in-0}) until {@link #close()}. */
    public static HeldBatch hold(BindingsLifecycleController bindings, String binding) {
        bindings.pause(binding);
        await().atMost(WAIT).until(() -> bindings.queryState(binding).stream().allMatch(Binding::isPaused));
        return new HeldBatch(bindings, binding);
    }

    /** Writes one record to partition 0 of the topic (so the batch keeps this order). */
    public HeldBatch send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, 0, key, value));
        return this;
    }

    public HeldBatch send(String topic, String key, String json) {
        return send(topic, key, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until every record is written, then resumes the binding. */
    @Override
    public void close() {
        try {
            producer.flush();
            producer.close();
        } finally {
            bindings.resume(binding);
        }
    }
}
