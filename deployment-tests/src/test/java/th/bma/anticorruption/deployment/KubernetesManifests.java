package th.bma.anticorruption.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/** Every manifest under {@code k8s/}, each document with the typed model of its kind. */
final class KubernetesManifests {

    /** The kinds the manifests may use, by apiVersion and kind; a custom resource without a model is listed as null. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    static final String MONGODB_COMMUNITY = "mongodbcommunity.mongodb.com/v1/MongoDBCommunity";

    private KubernetesManifests() {
    }

    /** The manifest files, relative to the repository (the kustomization itself left out). */
    static List<String> files() {
        try (Stream<Path> walk = Files.walk(Repository.path("k8s"))) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
                    .map(p -> Repository.ROOT.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Manifest> all() {
        List<Manifest> manifests = new ArrayList<>();
        for (String file : files()) {
            Repository.yamlDocuments(file).forEach(document -> manifests.add(new Manifest(file, document)));
        }
        return manifests;
    }

    static <T> List<T> of(Class<T> type) {
        return all().stream().filter(m -> m.modelType() == type).map(m -> type.cast(m.model())).toList();
    }

    /** One document of a manifest file. */
    record Manifest(String file, Map<String, Object> document) {

        String kind() {
            return document.get("apiVersion") + "/" + document.get("kind");
        }

        Class<?> modelType() {
            return MODELS.get(kind());
        }

        Object model() {
            return StrictModel.read(document, modelType());
        }

        @Override
        public String toString() {
            return file + " " + kind() + " " + Repository.map(document.get("metadata")).get("name");
        }
    }
}
