package th.bma.anticorruption.support.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.observation.ObservationRegistry;

/**
 * One idempotent {@code acks=all} Kafka producer configured exactly as the binder configures its own: the binder's
 * merged producer configuration ({@code spring.kafka.*}, {@code spring.cloud.stream.kafka.binder.brokers},
 * {@code .configuration} and {@code .producer-properties}, security settings included) and every
 * {@link ProducerConfigCustomizer} of the application (the dead-letter interceptors). Keys and values are bytes, as
 * the binder's are. The batched consumers and the outbox send their events through it ({@link EventBatchPublisher}),
 * the batched consumers their dead letters too ({@link BatchDeadLetters}); it observes its sends where an {@link ObservationRegistry} exists, so a record
 * carries the {@code traceparent} of the trace current when it was sent.
 */
public class BinderProducer implements DisposableBean {

    private static final String BINDER_PREFIX = "spring.cloud.stream.kafka.binder";

    private final DefaultKafkaProducerFactory<byte[], byte[]> factory;
    private final KafkaTemplate<byte[], byte[]> template;
    private final boolean observed;

    public BinderProducer(Environment environment, KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, List<ProducerConfigCustomizer> customizers,
            ObservationRegistry observations) {
        KafkaBinderConfigurationProperties binder = Binder.get(environment).bind(BINDER_PREFIX,
                Bindable.ofInstance(new KafkaBinderConfigurationProperties(kafka, connectionDetails)))
                .orElseGet(() -> new KafkaBinderConfigurationProperties(kafka, connectionDetails));
        Map<String, Object> configuration = new HashMap<>(binder.mergedProducerConfiguration());
        configuration.put(ProducerConfig.ACKS_CONFIG, "all");
        configuration.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configuration.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Batches of hundreds of events (a consumer's poll, an outbox's group commit) fit in a few requests.
        configuration.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        configuration.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG,
                environment.getProperty("spring.application.name", "platform") + "-batches");
        customizers.forEach(customizer -> customizer.configure(configuration, "batches", null));
        this.factory = new DefaultKafkaProducerFactory<>(configuration, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.template = new KafkaTemplate<>(factory);
        this.observed = observations != null && !observations.isNoop();
        if (observed) {
            template.setObservationRegistry(observations);
            template.setObservationEnabled(true);
        }
    }

    /**
     * The longest a record sent through this producer can stay on its way, counted from when the sender begins to hand
     * it over and waits for it at most {@code wait}: handing it over blocks up to {@code max.block.ms} (on a topic's
     * metadata or a full buffer), after which the producer reports it acknowledged or failed within
     * {@code delivery.timeout.ms}, or the sender stops waiting, whichever comes later (Kafka's defaults where the
     * configuration sets neither). Until then a record the sender gave up on may still be acknowledged.
     */
    public Duration longestSend(Duration wait) {
        Map<String, Object> configuration = factory.getConfigurationProperties();
        Duration handOver = Duration.ofMillis(millis(configuration, ProducerConfig.MAX_BLOCK_MS_CONFIG));
        Duration delivery = Duration.ofMillis(millis(configuration, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        return handOver.plus(delivery.compareTo(wait) > 0 ? delivery : wait);
    }

    private static long millis(Map<String, Object> configuration, String name) {
        Object value = configuration.getOrDefault(name, ProducerConfig.configDef().defaultValues().get(name));
        return value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value).trim());
    }

    public KafkaTemplate<byte[], byte[]> template() {
        return template;
    }

    /** Whether sends are observed (the template then writes the {@code traceparent} header itself). */
    public boolean observed() {
        return observed;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
