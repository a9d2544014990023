package th.bma.anticorruption.support.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import th.bma.anticorruption.contracts.Topics;

/** The services create the platform's topics with their settings on a real (in-process KRaft) broker, one per test. */
class PlatformTopicsCreationTest {

    private EmbeddedKafkaKraftBroker kafka;
    private ApplicationContextRunner service;

    @BeforeEach
    void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        service = new ApplicationContextRunner()
                .withInitializer(context -> new KafkaClientDefaults().postProcessEnvironment(context.getEnvironment(),
                        null))
                .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class,
                        PlatformTopicsAutoConfiguration.class))
                .withPropertyValues("spring.cloud.stream.kafka.binder.brokers=" + kafka.getBrokersAsString());
    }

    @AfterEach
    void stopBroker() {
        kafka.destroy();
    }

    @Test
    void everyTopicIsCreatedWithItsPartitionsRetentionAndCleanUpPolicy() throws Exception {
        service.run(context -> assertThat(context).hasNotFailed());

        try (Admin admin = admin()) {
            List<String> names = PlatformTopics.ALL.stream().map(TopicSettings::name).toList();
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get();
            for (TopicSettings topic : PlatformTopics.ALL) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
                assertThat(described.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
                assertThat(config.get("retention.ms").value()).as(topic.name())
                        .isEqualTo(topic.configs().get("retention.ms"));
                assertThat(config.get("cleanup.policy").value()).as(topic.name())
                        .isEqualTo(topic.configs().get("cleanup.policy"));
            }
            Config replayed = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, Topics.CASES_STATUS_CHANGED));
            assertThat(replayed.get("retention.ms").value()).isEqualTo("-1");
            Config monthly = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, Topics.STATISTICS_MONTHLY));
            assertThat(monthly.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void aTopicWithFewerPartitionsGetsMoreAndKeepsItsRecordsSettings() throws Exception {
        String name = Topics.deadLetter(Topics.COMPLAINTS_ROUTED);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
            service.run(context -> assertThat(context).hasNotFailed());
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions())
                    .hasSize(PlatformTopics.named(name).orElseThrow().partitions()));
        }
    }

    @Test
    void createsNothingWhereTheClusterProvisionsTopics() {
        service.withPropertyValues("platform.kafka.create-topics=false")
                .run(context -> assertThat(context).doesNotHaveBean("platformTopics"));
    }

    @Test
    void everyEventTopicIsListedOnceAndEveryConsumedTopicHasADeadLetterTwin() {
        Set<String> events = Topics.ALL.stream().map(Topics.TopicSpec::name).collect(Collectors.toSet());
        Set<String> listed = PlatformTopics.EVENTS.stream().map(TopicSettings::name).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(events).hasSize(PlatformTopics.EVENTS.size());
        PlatformTopics.CONSUMED.forEach(topic -> assertThat(PlatformTopics.named(Topics.deadLetter(topic)))
                .as(topic).get().extracting(TopicSettings::partitions)
                .isEqualTo(PlatformTopics.named(topic).orElseThrow().partitions()));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()));
    }
}
