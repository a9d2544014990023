package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import th.bma.anticorruption.deployment.ServiceConfiguration.Binding;
import th.bma.anticorruption.support.topics.PlatformTopics;
import th.bma.anticorruption.support.topics.TopicSettings;

/** The platform's list of topics against what the services bind and what the statistics rebuild replays. */
class TopicSettingsTest {

    @ParameterizedTest
    @EnumSource(value = PlatformApplication.class, names = {"INTAKE", "ROUTING", "CASE_TRACKING", "STATISTICS"})
    void everyTopicAServiceBindsIsCreatedWithItsSettings(PlatformApplication service) {
        for (String profile : new String[] {"local", "docker", "rebuild"}) {
            Collection<Binding> bindings = service.configuration().bindings(profile).values();
            assertThat(bindings).isNotEmpty();
            bindings.forEach(binding -> {
                assertThat(PlatformTopics.named(binding.destination())).as(binding.name()).isPresent();
                if (binding.deadLetterTopic() != null) {
                    assertThat(PlatformTopics.named(binding.deadLetterTopic())).as(binding.name()).isPresent();
                }
            });
        }
    }

    @Test
    void whatTheStatisticsRebuildReplaysFromTheBeginningIsNeverDeleted() {
        // The rebuild profile replays, with its own reader, every topic the statistics service consumes.
        Collection<Binding> replayed = PlatformApplication.STATISTICS.configuration().bindings("rebuild").values()
                .stream().filter(Binding::consumer).toList();
        assertThat(replayed.stream().map(Binding::destination).distinct()).containsExactlyInAnyOrder(
                "cases.status-changed.v1", "complaints.screened-out.v1", "complaints.screened-out-tallied.v1");
        replayed.forEach(binding -> {
            TopicSettings topic = PlatformTopics.named(binding.destination()).orElseThrow();
            assertThat(topic.retention()).as(topic.name()).isNull();
            assertThat(topic.configs()).as(topic.name()).containsEntry("retention.ms", "-1")
                    .containsEntry("cleanup.policy", "delete");
        });
    }

    @Test
    void deadLettersAreKeptUntilAPersonDealsWithThem() {
        PlatformTopics.CONSUMED.forEach(topic -> assertThat(Arrays.asList(PlatformTopics.named(topic + ".dlt")
                .orElseThrow().retention())).as(topic).containsOnlyNulls());
    }
}
