package th.bma.anticorruption.support.outbox;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.messaging.MessagingAutoConfiguration;

/**
 * Binds {@code platform.outbox.*} ({@link OutboxProperties}) and, wherever the Stream Kafka binder gives the service
 * an {@link EventBatchPublisher}, an {@link OutboxSender} that sends through it: the same producer as the batched
 * consumers' events, on the binder's settings (brokers, {@code configuration}, {@code producer-properties}, SSL/SASL),
 * so the outbox reaches the same cluster with the same credentials and the same acknowledgement settings. Wherever
 * the service declares its {@link Outbox} beans, one {@link OutboxRelay} relays them all on the
 * {@code platform.outbox.*} schedule, unless the service brings its own relay.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, KafkaBinderConfigurationProperties.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OutboxSender.class)
    @ConditionalOnBean(EventBatchPublisher.class)
    KafkaOutboxSender outboxSender(EventBatchPublisher publisher, OutboxProperties properties) {
        return new KafkaOutboxSender(publisher, properties.sendTimeout());
    }

    @Bean
    @ConditionalOnMissingBean(OutboxRelay.class)
    @ConditionalOnBean(Outbox.class)
    OutboxRelay outboxRelay(List<Outbox<?>> outboxes, OutboxProperties properties) {
        return new OutboxRelay(outboxes, properties.schedule());
    }
}
