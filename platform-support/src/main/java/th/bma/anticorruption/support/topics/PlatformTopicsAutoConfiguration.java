package th.bma.anticorruption.support.topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every topic of {@link PlatformTopics} with its settings, so that whichever service starts first creates
 * the missing ones through Spring Kafka's {@link KafkaAdmin} before any binding starts, instead of the binder or the
 * broker creating them with defaults (a replayed topic with the broker's 7-day retention would lose old months).
 * Existing topics are left as they are, except that a topic with fewer partitions than listed gets more. Where topics
 * are provisioned by the cluster (Strimzi's {@code KafkaTopic} resources) {@code platform.kafka.create-topics=false}
 * turns this off. {@link KafkaClientDefaults} points the admin client at the binder's brokers.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@ConditionalOnProperty(name = "platform.kafka.create-topics", matchIfMissing = true)
public class PlatformTopicsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics platformTopics() {
        return new KafkaAdmin.NewTopics(PlatformTopics.ALL.stream().map(PlatformTopicsAutoConfiguration::newTopic)
                .toArray(NewTopic[]::new));
    }

    static NewTopic newTopic(TopicSettings settings) {
        return TopicBuilder.name(settings.name()).partitions(settings.partitions()).configs(settings.configs()).build();
    }
}
