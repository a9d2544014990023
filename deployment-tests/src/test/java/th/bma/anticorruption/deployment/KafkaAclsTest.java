package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.bma.anticorruption.deployment.KafkaAccess.Grant;
import th.bma.anticorruption.deployment.KafkaAccess.Need;

/**
 * Each service's Kafka user may do what its bindings need, in compose (ops/kafka/acls.txt) and on Kubernetes
 * (KafkaUser resources), and no more topics than those: a missing right is a service that cannot start, an extra
 * one a wider door than needed.
 */
class KafkaAclsTest {

    static List<PlatformApplication> services() {
        return PlatformApplication.onKafkaOnly();
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeGrantsWhatTheBindingsNeed(PlatformApplication service) {
        assertCovers(composeGrants(), KafkaAccess.needs(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesGrantsWhatTheBindingsNeed(PlatformApplication service) {
        assertCovers(kubernetesGrants(), KafkaAccess.needs(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void nobodyReadsOrWritesATopicItsBindingsDoNotName(PlatformApplication service) {
        Set<Need> needs = KafkaAccess.needs(service);
        for (List<Grant> grants : List.of(composeGrants(), kubernetesGrants())) {
            grants.stream().filter(g -> g.user().equals(service.module()) && g.type().equalsIgnoreCase("topic"))
                    .filter(g -> g.operation().equals("READ") || g.operation().equals("WRITE"))
                    .forEach(grant -> assertThat(needs).as("%s %s %s", grant.user(), grant.operation(), grant.name())
                            .anyMatch(grant::covers));
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesGrantsTheSameAsComposeLessTopicCreation(PlatformApplication service) {
        Set<Grant> compose = composeGrants().stream()
                .filter(g -> g.user().equals(service.module()) && !g.operation().equals("CREATE"))
                .collect(Collectors.toSet());
        Set<Grant> kubernetes = kubernetesGrants().stream().filter(g -> g.user().equals(service.module()))
                .collect(Collectors.toSet());
        assertThat(kubernetes).isEqualTo(compose);
    }

    private static void assertCovers(List<Grant> grants, Set<Need> needs) {
        assertThat(needs).isNotEmpty();
        needs.forEach(need -> assertThat(grants).as("%s", need).anyMatch(grant -> grant.covers(need)));
    }

    static List<Grant> composeGrants() {
        List<Grant> grants = new ArrayList<>();
        for (String line : Repository.read("ops/kafka/acls.txt").lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split("\\s+");
                grants.add(new Grant(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return grants;
    }

    static List<Grant> kubernetesGrants() {
        List<Grant> grants = new ArrayList<>();
        for (Map<String, Object> user : Repository.yamlDocuments("k8s/kafka/users.yaml")) {
            String name = Repository.map(user.get("metadata")).get("name").toString();
            Map<String, Object> authorization = Repository.map(Repository.map(user.get("spec")).get("authorization"));
            for (Object acl : Repository.list(authorization.get("acls"))) {
                Map<String, Object> resource = Repository.map(Repository.map(acl).get("resource"));
                for (Object operation : Repository.list(Repository.map(acl).get("operations"))) {
                    String type = resource.get("type").toString();
                    grants.add(new Grant(name, snake(operation.toString()),
                            type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1),
                            resource.get("patternType").toString(), resource.get("name").toString()));
                }
            }
        }
        return grants;
    }

    private static String snake(String operation) {
        return operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
