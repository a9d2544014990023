package th.bma.anticorruption.support.observability;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The dead-letter topics a service's consumer bindings name ({@code spring.cloud.stream.kafka.bindings.<binding>
 * .consumer.dlq-name} with {@code enable-dlq}); their counters are registered at zero when the service starts, so
 * a dashboard shows 0 rather than no data and {@code increase()} counts the first dead letter too.
 */
public final class DeadLetterTopics {

    private DeadLetterTopics() {
    }

    /** The configured dead-letter topics, sorted. */
    public static Set<String> configured(Environment environment) {
        Map<String, KafkaBinding> bindings = Binder.get(environment)
                .bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBinding.class))
                .orElse(Map.of());
        Set<String> topics = new TreeSet<>();
        bindings.values().forEach(binding -> {
            if (binding.consumer() != null && Boolean.TRUE.equals(binding.consumer().enableDlq())
                    && binding.consumer().dlqName() != null) {
                topics.add(binding.consumer().dlqName());
            }
        });
        return topics;
    }

    /** Registers the counter of every configured dead-letter topic. */
    public static void registerCounters(Environment environment, MeterRegistry registry) {
        configured(environment).forEach(topic -> DeadLetterCounter.counter(registry, topic));
    }

    record KafkaBinding(Consumer consumer) {
    }

    record Consumer(Boolean enableDlq, String dlqName) {
    }
}
