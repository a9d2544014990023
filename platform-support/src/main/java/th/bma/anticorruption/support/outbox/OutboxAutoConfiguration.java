package th.bma.anticorruption.support.outbox;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * An {@link OutboxSender} on the service's own Kafka settings wherever the Stream Kafka binder is on the class
 * path: Boot's {@code spring.kafka.*} merged with {@code spring.cloud.stream.kafka.binder.*} exactly as the binder
 * merges them for its own producers (brokers, {@code configuration}, {@code producer-properties}, SSL/SASL), so the
 * outbox reaches the same cluster with the same credentials as the bindings. The producer is created on first send.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({KafkaTemplate.class, KafkaBinderConfigurationProperties.class})
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OutboxSender.class)
    KafkaOutboxSender outboxSender(Environment environment, ObjectProvider<KafkaProperties> kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, ObjectProvider<MeterRegistry> meters) {
        KafkaBinderConfigurationProperties binder = new KafkaBinderConfigurationProperties(
                kafka.getIfAvailable(KafkaProperties::new), connectionDetails);
        Binder.get(environment).bind("spring.cloud.stream.kafka.binder", Bindable.ofInstance(binder));
        Duration timeout = environment.getProperty("platform.outbox.send-timeout", Duration.class,
                Duration.ofSeconds(30));
        return new KafkaOutboxSender(binder.mergedProducerConfiguration(), timeout, meters.getIfAvailable());
    }
}
