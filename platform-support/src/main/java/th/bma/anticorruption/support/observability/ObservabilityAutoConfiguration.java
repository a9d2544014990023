package th.bma.anticorruption.support.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Dead letters without exception text, and counted, on every producer of the Kafka binder where the binder is on
 * the class path, with the counters of the configured dead-letter topics registered at zero.
 */
@AutoConfiguration
@ConditionalOnClass({ ProducerConfigCustomizer.class, MeterRegistry.class })
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterInterceptors deadLetterInterceptors(ObjectProvider<MeterRegistry> registry, Environment environment) {
        MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
        DeadLetterTopics.registerCounters(environment, meters);
        return new DeadLetterInterceptors(meters);
    }

    @Bean
    KafkaTimerFilter kafkaTimerFilter() {
        return new KafkaTimerFilter();
    }
}
