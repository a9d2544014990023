package th.bma.anticorruption.deployment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The environment an application is given in each shape that sets one: compose and Kubernetes. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /** The application's compose service: its environment, merges resolved, values as written (not interpolated). */
    static Map<String, String> compose(PlatformApplication application) {
        Map<String, Object> service = Repository.map(
                Repository.map(Repository.yaml("docker-compose.yml").get("services")).get(application.container()));
        Map<String, String> environment = new LinkedHashMap<>();
        Repository.map(service.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    static Map<String, Object> composeService(PlatformApplication application) {
        return Repository.map(
                Repository.map(Repository.yaml("docker-compose.yml").get("services")).get(application.container()));
    }

    /** The application's Deployment's container environment. */
    static Map<String, EnvVar> kubernetes(PlatformApplication application) {
        Deployment deployment = KubernetesManifests.of(Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(application.container())).findFirst().orElseThrow();
        Map<String, EnvVar> environment = new LinkedHashMap<>();
        deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(variable -> environment.put(variable.getName(), variable));
        return environment;
    }
}
