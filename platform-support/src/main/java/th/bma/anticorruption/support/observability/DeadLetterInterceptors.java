package th.bma.anticorruption.support.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Adds the dead-letter interceptors to the configuration of every producer the Kafka binder creates:
 * {@link DeadLetterScrubber} (no exception text in a dead letter's headers) and {@link DeadLetterCounter}.
 */
public class DeadLetterInterceptors implements ProducerConfigCustomizer {

    private final MeterRegistry registry;

    public DeadLetterInterceptors(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, Object> producerProperties, String bindingName, String destination) {
        List<Object> interceptors = new ArrayList<>();
        Object configured = producerProperties.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
        if (configured instanceof List<?> list) {
            interceptors.addAll(list);
        } else if (configured instanceof String names && !names.isBlank()) {
            interceptors.addAll(List.of(names.split("\\s*,\\s*")));
        } else if (configured instanceof Class<?> type) {
            interceptors.add(type);
        }
        for (Class<?> interceptor : List.of(DeadLetterScrubber.class, DeadLetterCounter.class)) {
            if (!interceptors.contains(interceptor) && !interceptors.contains(interceptor.getName())) {
                interceptors.add(interceptor);
            }
        }
        producerProperties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, interceptors);
        producerProperties.put(DeadLetterCounter.REGISTRY_CONFIG, registry);
    }
}
