package th.bma.anticorruption.support.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;

import io.micrometer.core.instrument.MeterRegistry;

/** Adds {@link DeadLetterCounter} to the configuration of every producer the Kafka binder creates. */
public class DeadLetterCounting implements ProducerConfigCustomizer {

    private final MeterRegistry registry;

    public DeadLetterCounting(MeterRegistry registry) {
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
        if (!interceptors.contains(DeadLetterCounter.class) && !interceptors.contains(DeadLetterCounter.class.getName())) {
            interceptors.add(DeadLetterCounter.class);
        }
        producerProperties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, interceptors);
        producerProperties.put(DeadLetterCounter.REGISTRY_CONFIG, registry);
    }
}
