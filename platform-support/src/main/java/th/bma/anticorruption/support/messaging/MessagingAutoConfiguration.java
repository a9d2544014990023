package th.bma.anticorruption.support.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * An {@link EventPublisher} wherever Spring Cloud Stream is on the class path, counting what it publishes; with the
 * Kafka binder also the batched consumers' tools: the {@link BinderProducer}, the {@link EventBatchPublisher} and the
 * per-record dead letters of batch-mode bindings ({@link BatchDeadLetters}).
 */
@AutoConfiguration(afterName = "org.springframework.cloud.stream.function.FunctionConfiguration")
@ConditionalOnClass(StreamBridge.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StreamBridge.class)
    EventPublisher eventPublisher(StreamBridge streamBridge, ObjectProvider<MeterRegistry> meters) {
        return new EventPublisher(streamBridge, meters.getIfAvailable());
    }

    /** The batched consumers' producer and dead letters, where the Kafka binder is. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ ListenerContainerWithDlqAndRetryCustomizer.class, KafkaProperties.class })
    @ConditionalOnBean(StreamBridge.class)
    static class BatchMessaging {

        @Bean
        @ConditionalOnMissingBean
        BinderProducer binderProducer(Environment environment, ObjectProvider<KafkaProperties> kafka,
                ObjectProvider<KafkaConnectionDetails> connectionDetails,
                ObjectProvider<ProducerConfigCustomizer> customizers, ObjectProvider<ObservationRegistry> observations) {
            return new BinderProducer(environment, kafka.getIfAvailable(KafkaProperties::new), connectionDetails,
                    customizers.orderedStream().toList(), observations.getIfAvailable());
        }

        @Bean
        @ConditionalOnMissingBean
        EventBatchPublisher eventBatchPublisher(BinderProducer producer, ObjectProvider<MeterRegistry> meters) {
            return new EventBatchPublisher(producer, meters.getIfAvailable());
        }

        @Bean
        @ConditionalOnMissingBean(ListenerContainerWithDlqAndRetryCustomizer.class)
        BatchDeadLetters batchDeadLetters(BinderProducer producer) {
            return new BatchDeadLetters(producer);
        }
    }
}
