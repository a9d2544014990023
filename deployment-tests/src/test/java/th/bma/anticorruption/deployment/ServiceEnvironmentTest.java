package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every shape gives each application what it reads: the local run needs no variable at all (the launcher passes
 * everything as properties), and compose and Kubernetes set the same variables, every one the application reads
 * without a default among them, and none it does not read.
 */
class ServiceEnvironmentTest {

    /** Set only on Kubernetes, and why: topics come from KafkaTopic resources; browsers reach the sign-in elsewhere. */
    private static final Map<PlatformApplication, Set<String>> KUBERNETES_ONLY = Map.of(
            PlatformApplication.INTAKE, Set.of("PLATFORM_KAFKA_CREATE_TOPICS"),
            PlatformApplication.ROUTING, Set.of("PLATFORM_KAFKA_CREATE_TOPICS"),
            PlatformApplication.CASE_TRACKING, Set.of("PLATFORM_KAFKA_CREATE_TOPICS"),
            PlatformApplication.STATISTICS, Set.of("PLATFORM_KAFKA_CREATE_TOPICS"),
            PlatformApplication.GATEWAY, Set.of("AUTH_BROWSER_ORIGINS"));

    /** Variables bound by Spring's relaxed binding to the platform's and Spring's own properties. */
    private static final Set<String> BOUND_PREFIXES = Set.of("SPRING_", "MANAGEMENT_", "PLATFORM_");

    @ParameterizedTest
    @EnumSource(PlatformApplication.class)
    void theLocalRunNeedsNoVariable(PlatformApplication application) {
        assertThat(application.configuration().environmentPlaceholders("local")).allSatisfy(
                (name, hasDefault) -> assertThat(hasDefault).as(name).isTrue());
    }

    @ParameterizedTest
    @EnumSource(PlatformApplication.class)
    void composeAndKubernetesSetTheSameVariables(PlatformApplication application) {
        Set<String> kubernetes = new TreeSet<>(ServiceEnvironment.kubernetes(application).keySet());
        kubernetes.removeAll(KUBERNETES_ONLY.getOrDefault(application, Set.of()));
        assertThat(kubernetes).isEqualTo(new TreeSet<>(ServiceEnvironment.compose(application).keySet()));
    }

    @ParameterizedTest
    @EnumSource(PlatformApplication.class)
    void everyVariableTheApplicationCannotDoWithoutIsSetInBothShapes(PlatformApplication application) {
        Map<String, Boolean> read = application.configuration().environmentPlaceholders("docker");
        read.forEach((name, hasDefault) -> {
            if (!hasDefault) {
                assertThat(ServiceEnvironment.compose(application)).as(name).containsKey(name);
                assertThat(ServiceEnvironment.kubernetes(application)).as(name).containsKey(name);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(PlatformApplication.class)
    void everyVariableSetIsOneTheApplicationReads(PlatformApplication application) {
        Set<String> read = application.configuration().environmentPlaceholders("docker").keySet();
        for (String name : ServiceEnvironment.kubernetes(application).keySet()) {
            assertThat(read.contains(name) || BOUND_PREFIXES.stream().anyMatch(name::startsWith))
                    .as("%s sets %s", application, name).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = PlatformApplication.class, names = {"INTAKE", "ROUTING", "CASE_TRACKING", "STATISTICS"})
    void everyServiceOnKafkaAndMongoDbIsGivenItsOwnCredentialsInBothShapes(PlatformApplication service) {
        Map<String, String> compose = ServiceEnvironment.compose(service);
        assertThat(compose.get("SPRING_MONGODB_URI")).startsWith("mongodb://" + service.module() + ":")
                .contains("/" + service.database().orElseThrow() + "?").contains("authSource=" + service.database().get());
        assertThat(compose.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                .contains("username=\"" + service.module() + "\"");
        assertThat(compose).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(ServiceEnvironment.kubernetes(service).get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")
                .getValueFrom().getSecretKeyRef().getName()).isEqualTo(service.module());
    }
}
