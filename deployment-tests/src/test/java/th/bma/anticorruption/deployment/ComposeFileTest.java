package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * docker-compose.yml without Docker: valid against the Compose Specification's schema, each image built for its own
 * module and port, every secret file and required variable made by ops/make-secrets.sh, the three-broker profile
 * complete, and only the three doors published.
 */
class ComposeFileTest {

    private static final Map<String, Object> COMPOSE = Repository.yaml("docker-compose.yml");

    @Test
    void isValidAgainstTheComposeSpecification() throws IOException {
        ObjectNode spec;
        try (InputStream in = getClass().getResourceAsStream("/compose-spec/compose-spec.json")) {
            spec = (ObjectNode) new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // the schema names its parts with draft 4's "id", which draft 2019-09 (its $schema) no longer has
        withoutDraft4Ids(spec);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(spec.toString(), InputFormat.JSON);
        String json = new ObjectMapper().writeValueAsString(COMPOSE);
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"mem_limit\"", "\"memory_limit\""), InputFormat.JSON)).isNotEmpty();
    }

    private static void withoutDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("id").isTextual()) {
            object.remove("id");
        }
        node.forEach(ComposeFileTest::withoutDraft4Ids);
    }

    @ParameterizedTest
    @EnumSource(PlatformApplication.class)
    void eachImageIsBuiltForItsModuleAndThePortItListensOn(PlatformApplication application) {
        Map<String, Object> args = Repository.map(Repository.map(ServiceEnvironment.composeService(application)
                .get("build")).get("args"));
        assertThat(args).containsEntry("MODULE", application.module());
        assertThat(String.valueOf(args.get("PORT")))
                .isEqualTo(application.configuration().property("server.port").orElseThrow());
        assertThat(ServiceEnvironment.composeService(application).get("image")).isEqualTo("bma/" + application.module());
    }

    @Test
    void everySecretFileAndRequiredVariableIsMadeByMakeSecrets() {
        String script = Repository.read("ops/make-secrets.sh");
        for (Object secret : Repository.map(COMPOSE.get("secrets")).values()) {
            String file = Repository.map(secret).get("file").toString();
            String name = file.substring(file.lastIndexOf('/') + 1);
            assertThat(script).as(file).containsPattern("(FILE=|write_derived |/)" + Pattern.quote(name));
        }
        assertThat(Repository.variablesComposeRequires()).hasSizeGreaterThan(10)
                .isSubsetOf(Repository.variablesMakeSecretsWrites());
        Map<String, Object> grafana = Repository.map(Repository.map(Repository.map(COMPOSE.get("services"))
                .get("grafana")).get("environment"));
        assertThat(grafana.get("GF_SECURITY_ADMIN_PASSWORD").toString()).startsWith("${GRAFANA_ADMIN_PASSWORD:?");
    }

    @Test
    void kafkaSetupGivesEveryUserOfTheAclsAPassword() {
        Set<String> users = new LinkedHashSet<>();
        KafkaAclsTest.composeGrants().forEach(grant -> users.add(grant.user()));
        Matcher credential = Pattern.compile("(?m)^credential ([\\w-]+) \"\\$\\{(\\w+):-}\"")
                .matcher(Repository.read("ops/kafka/setup.sh"));
        Map<String, Object> setup = Repository.map(Repository.map(Repository.map(COMPOSE.get("services"))
                .get("kafka-setup")).get("environment"));
        Set<String> withPassword = new LinkedHashSet<>();
        while (credential.find()) {
            withPassword.add(credential.group(1));
            assertThat(setup).as(credential.group(1)).containsKey(credential.group(2));
        }
        assertThat(withPassword).isEqualTo(users);
    }

    @Test
    void theThreeBrokerProfileReplicatesEverythingThreeTimes() throws IOException {
        Properties threeBrokers = new Properties();
        threeBrokers.load(new java.io.StringReader(Repository.read("ops/kafka/three-brokers.env")));
        assertThat(threeBrokers).containsEntry("KAFKA_REPLICATION_FACTOR", "3").containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2");
        Map<String, Object> services = Repository.map(COMPOSE.get("services"));
        List<String> brokers = List.of("kafka", "kafka-2", "kafka-3");
        for (int node = 1; node <= 3; node++) {
            String broker = brokers.get(node - 1);
            Map<String, Object> service = Repository.map(services.get(broker));
            assertThat(Repository.map(service.get("environment"))).as(broker).containsEntry("KAFKA_NODE_ID", node);
            assertThat(threeBrokers.getProperty("KAFKA_CONTROLLER_QUORUM_VOTERS")).contains(node + "@" + broker + ":9093");
            assertThat(threeBrokers.getProperty("KAFKA_BOOTSTRAP_SERVERS")).contains(broker + ":9092");
            if (node > 1) {
                assertThat(Repository.list(service.get("profiles"))).containsExactly("three-brokers");
            }
        }
    }

    @Test
    void onlyTheGatewayTheAuthorizationServerAndGrafanaArePublished() {
        Map<String, Object> services = Repository.map(COMPOSE.get("services"));
        Set<String> published = new LinkedHashSet<>();
        services.forEach((name, service) -> {
            if (Repository.map(service).containsKey("ports")) {
                published.add(name);
            }
        });
        assertThat(published).containsExactlyInAnyOrder("gateway", "auth-server", "grafana");
    }
}
