package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import th.bma.anticorruption.deployment.KubernetesManifests.Manifest;
import th.bma.anticorruption.deployment.ServiceConfiguration.Binding;
import th.bma.anticorruption.support.topics.PlatformTopics;
import th.bma.anticorruption.support.topics.TopicSettings;

/**
 * The Kubernetes manifests (k8s/, Kustomize) parsed with the typed models of Kubernetes (fabric8) and Strimzi, the
 * MongoDBCommunity resource validated against the operator's schema, and checked against the platform: probes and
 * resources, a Service, a disruption budget and scaling no wider than the topics' partitions, topics with the
 * platform's settings, and every Secret and ConfigMap key a container reads made somewhere.
 */
class KubernetesManifestsTest {

    private static Schema mongoDbCommunity;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = KubernetesManifestsTest.class.getResourceAsStream("/mongodbcommunity-v1.schema.json")) {
            mongoDbCommunity = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void theKustomizationListsEveryManifest() {
        List<Object> resources = Repository.list(Repository.yaml("k8s/kustomization.yaml").get("resources"));
        assertThat(resources.stream().map(r -> "k8s/" + r).toList())
                .containsExactlyInAnyOrderElementsOf(KubernetesManifests.files());
    }

    @Test
    void everyDocumentIsAKnownKindWithNoFieldItsSchemaLacks() {
        List<Manifest> manifests = KubernetesManifests.all();
        assertThat(manifests).hasSizeGreaterThan(40);
        for (Manifest manifest : manifests) {
            assertThat(Repository.map(manifest.document().get("metadata")).get("name")).as("%s", manifest)
                    .asString().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            if (manifest.kind().equals(KubernetesManifests.MONGODB_COMMUNITY)) {
                assertThat(mongoDbViolations(manifest.document())).as("%s", manifest).isEmpty();
            } else {
                assertThat(manifest.modelType()).as("%s", manifest).isNotNull();
                assertThat(StrictModel.unknownFields(manifest.model())).as("%s", manifest).isEmpty();
            }
        }
    }

    @Test
    void aMisplacedFieldIsFoundInEitherCheck() {
        Manifest routing = KubernetesManifests.all().stream()
                .filter(m -> m.kind().equals("apps/v1/Deployment") && m.toString().endsWith("routing-service"))
                .findFirst().orElseThrow();
        Map<String, Object> container = Repository.map(Repository.list(Repository.map(Repository.map(Repository.map(
                routing.document().get("spec")).get("template")).get("spec")).get("containers")).get(0));
        container.put("livenesProbe", container.get("livenessProbe"));
        assertThat(StrictModel.unknownFields(routing.model())).containsExactly(".spec.template.spec.containers[0].livenesProbe");

        Manifest mongo = KubernetesManifests.all().stream()
                .filter(m -> m.kind().equals(KubernetesManifests.MONGODB_COMMUNITY)).findFirst().orElseThrow();
        Repository.map(mongo.document().get("spec")).put("member", 3);
        assertThat(mongoDbViolations(mongo.document())).isNotEmpty();
    }

    @Test
    void everyContainerHasProbesResourcesAndRunsUnprivileged() {
        List<Deployment> deployments = KubernetesManifests.of(Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrder(
                "auth-server", "complaint-intake-service", "routing-service", "case-tracking-service",
                "statistics-service", "gateway");
        for (Deployment deployment : deployments) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(deployment.getSpec().getSelector().getMatchLabels().entrySet())
                    .isSubsetOf(deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet());
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
            for (Container container : pod.getContainers()) {
                String name = deployment.getMetadata().getName();
                assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", name);
                assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", name);
                assertProbe(container.getStartupProbe(), "/actuator/health/liveness", name);
                assertThat(container.getPorts()).extracting(p -> p.getName()).as(name).contains("http");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath()).as(name).contains("/tmp");
            }
        }
    }

    @Test
    void everyDeploymentHasAServiceAndADisruptionBudgetAndAutoscalersTargetDeployments() {
        Map<String, Map<String, String>> labels = KubernetesManifests.of(Deployment.class).stream().collect(
                Collectors.toMap(d -> d.getMetadata().getName(), d -> d.getSpec().getTemplate().getMetadata().getLabels()));
        Map<String, Service> services = KubernetesManifests.of(Service.class).stream()
                .collect(Collectors.toMap(s -> s.getMetadata().getName(), Function.identity()));
        Map<String, PodDisruptionBudget> budgets = KubernetesManifests.of(PodDisruptionBudget.class).stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), Function.identity()));
        labels.forEach((name, podLabels) -> {
            assertThat(services).as(name).containsKey(name);
            assertThat(podLabels.entrySet()).as(name).containsAll(services.get(name).getSpec().getSelector().entrySet());
            assertThat(budgets).as(name).containsKey(name);
            assertThat(podLabels.entrySet()).as(name)
                    .containsAll(budgets.get(name).getSpec().getSelector().getMatchLabels().entrySet());
        });
        for (HorizontalPodAutoscaler hpa : KubernetesManifests.of(HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(labels).containsKey(hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        }
    }

    @Test
    void consumersScaleOnTheirLagAndNoWiderThanTheirTopicsPartitions() {
        Map<String, Integer> partitions = KubernetesManifests.of(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t.getSpec().getPartitions()));
        Map<String, HorizontalPodAutoscaler> autoscalers = KubernetesManifests.of(HorizontalPodAutoscaler.class)
                .stream().collect(Collectors.toMap(h -> h.getSpec().getScaleTargetRef().getName(), Function.identity()));
        Map<String, Deployment> deployments = KubernetesManifests.of(Deployment.class).stream()
                .collect(Collectors.toMap(d -> d.getMetadata().getName(), Function.identity()));
        for (PlatformApplication service : PlatformApplication.onKafkaOnly()) {
            HorizontalPodAutoscaler hpa = autoscalers.get(service.container());
            int most = hpa != null ? hpa.getSpec().getMaxReplicas()
                    : deployments.get(service.container()).getSpec().getReplicas();
            List<Binding> consumers = service.configuration().bindings("docker").values().stream()
                    .filter(Binding::consumer).toList();
            for (Binding consumer : consumers) {
                assertThat(most * consumer.concurrency()).as("%s on %s", service, consumer.destination())
                        .isLessThanOrEqualTo(partitions.get(consumer.destination()));
            }
            if (hpa != null && !consumers.isEmpty()) {
                assertThat(hpa.getSpec().getMetrics()).as("%s", service).anySatisfy(metric -> {
                    assertThat(metric.getExternal().getMetric().getName()).isEqualTo("platform_consumer_lag");
                    assertThat(metric.getExternal().getMetric().getSelector().getMatchLabels())
                            .containsEntry("group", consumers.get(0).group());
                });
            }
        }
    }

    @Test
    void topicsHaveThePlatformsSettingsOnThreeReplicas() {
        Map<String, KafkaTopic> topics = KubernetesManifests.of(KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), Function.identity()));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(
                PlatformTopics.ALL.stream().map(TopicSettings::name).toList());
        Kafka kafka = KubernetesManifests.of(Kafka.class).get(0);
        int minInSync = Integer.parseInt(kafka.getSpec().getKafka().getConfig().get("min.insync.replicas").toString());
        int nodes = KubernetesManifests.of(KafkaNodePool.class).stream()
                .filter(p -> p.getSpec().getRoles().toString().contains("BROKER"))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
        for (TopicSettings settings : PlatformTopics.ALL) {
            KafkaTopic topic = topics.get(settings.name());
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(topic.getSpec().getPartitions()).as(settings.name()).isGreaterThanOrEqualTo(settings.partitions());
            assertThat(topic.getSpec().getReplicas()).as(settings.name()).isGreaterThan(minInSync).isLessThanOrEqualTo(nodes);
            Map<String, String> config = new HashMap<>();
            topic.getSpec().getConfig().forEach((key, value) -> config.put(key, value.toString()));
            assertThat(config).as(settings.name()).isEqualTo(settings.configs());
        }
        PlatformTopics.CONSUMED.forEach(consumed -> assertThat(topics.get(consumed + ".dlt").getSpec().getPartitions())
                .as(consumed).isGreaterThanOrEqualTo(topics.get(consumed).getSpec().getPartitions()));
    }

    @Test
    void servicesReadCredentialsTheOperatorsAndMakeSecretsWrite() {
        Set<String> kafkaUsers = KubernetesManifests.of(KafkaUser.class).stream().map(u -> u.getMetadata().getName())
                .collect(Collectors.toSet());
        Map<String, Object> mongo = KubernetesManifests.all().stream()
                .filter(m -> m.kind().equals(KubernetesManifests.MONGODB_COMMUNITY)).findFirst().orElseThrow().document();
        String mongoName = Repository.map(mongo.get("metadata")).get("name").toString();
        Map<String, String> mongoUsers = new LinkedHashMap<>();
        for (Object user : Repository.list(Repository.map(mongo.get("spec")).get("users"))) {
            Map<String, Object> u = Repository.map(user);
            mongoUsers.put(mongoName + "-" + u.get("db") + "-" + u.get("name"), u.get("db").toString());
            assertThat(Repository.variablesMakeSecretsWrites())
                    .contains(Repository.map(u.get("passwordSecretRef")).get("key").toString());
        }
        Set<String> configKeys = KubernetesManifests.of(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("platform-config"))
                .flatMap(c -> c.getData().keySet().stream()).collect(Collectors.toSet());

        for (PlatformApplication application : PlatformApplication.values()) {
            Map<String, EnvVar> env = ServiceEnvironment.kubernetes(application);
            env.values().forEach(variable -> {
                var from = variable.getValueFrom();
                if (from != null && from.getConfigMapKeyRef() != null) {
                    assertThat(configKeys).as(variable.getName()).contains(from.getConfigMapKeyRef().getKey());
                }
                if (from != null && from.getSecretKeyRef() != null
                        && from.getSecretKeyRef().getName().equals("platform-secrets")) {
                    assertThat(Repository.variablesMakeSecretsWrites()).as(variable.getName())
                            .contains(from.getSecretKeyRef().getKey());
                }
            });
            if (application.onKafka()) {
                assertThat(env.get("PLATFORM_KAFKA_CREATE_TOPICS").getValue()).as("%s", application).isEqualTo("false");
                var jaas = env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef();
                assertThat(kafkaUsers).as("%s", application).contains(jaas.getName());
                assertThat(jaas.getKey()).isEqualTo("sasl.jaas.config");
                var uri = env.get("SPRING_MONGODB_URI").getValueFrom().getSecretKeyRef();
                assertThat(mongoUsers).as("%s", application).containsEntry(uri.getName(), application.database().orElseThrow());
                assertThat(uri.getKey()).isEqualTo("connectionString.standard");
            }
        }
    }

    private static void assertProbe(Probe probe, String path, String deployment) {
        assertThat(probe).as(deployment).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(deployment).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(deployment).isEqualTo("http");
    }

    private static List<Error> mongoDbViolations(Map<String, Object> document) {
        try {
            return mongoDbCommunity.validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
