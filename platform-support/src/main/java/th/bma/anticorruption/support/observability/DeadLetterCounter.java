package th.bma.anticorruption.support.observability;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the records the broker acknowledged on a dead-letter topic ({@code <topic>.dlt}) as
 * {@value #METER}{@code {topic}}. A Kafka producer interceptor, because the binder sends dead letters through a
 * producer of its own that no listener of the application sees; {@link DeadLetterInterceptors} puts it on every producer
 * the binder creates, with the meter registry among the producer's configuration.
 */
public class DeadLetterCounter implements ProducerInterceptor<Object, Object> {

    public static final String METER = "platform.dead.letters";
    /** The producer configuration entry that carries the {@link MeterRegistry} to the interceptor. */
    public static final String REGISTRY_CONFIG = "platform.observability.meter-registry";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private MeterRegistry registry;

    @Override
    public void configure(Map<String, ?> configs) {
        if (configs.get(REGISTRY_CONFIG) instanceof MeterRegistry meters) {
            this.registry = meters;
        }
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null && metadata != null && registry != null && metadata.topic().endsWith(DEAD_LETTER_SUFFIX)) {
            counter(registry, metadata.topic()).increment();
        }
    }

    /** The counter of one dead-letter topic. */
    public static Counter counter(MeterRegistry registry, String deadLetterTopic) {
        return Counter.builder(METER)
                .description("Records sent to a dead-letter topic after their consumer gave up on them")
                .tag("topic", deadLetterTopic)
                .register(registry);
    }

    @Override
    public void close() {
    }
}
