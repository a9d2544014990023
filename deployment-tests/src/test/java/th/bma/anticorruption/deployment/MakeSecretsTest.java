package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

import th.bma.anticorruption.authserver.keys.SigningKeys;
import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.tracking.TrackingCodeHasher;

/**
 * {@code ops/make-secrets.sh} run for real (bash, this JVM's class path as the platform's tools), and what it makes
 * loaded with the code the services load it with. One installation for the class; the second run works on a copy.
 */
class MakeSecretsTest {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    static Path installation;

    private static Path secrets;
    private static Path envFile;

    @BeforeAll
    static void makeSecrets() throws Exception {
        secrets = installation.resolve("secrets");
        envFile = installation.resolve(".env");
        run(secrets, envFile);
    }

    @Test
    void theIdentityKeysetSealsAndOpensAsTheServicesDo() {
        Sealer sealer = new Sealer(IdentityKeyset.load(secrets.resolve("identity-keyset.json"), false));
        byte[] sealed = sealer.seal("นายสมชาย ใจดี 081-234-5678".getBytes(StandardCharsets.UTF_8), "identity:c-1");
        assertThat(new String(sealer.open(sealed, "identity:c-1"), StandardCharsets.UTF_8))
                .isEqualTo("นายสมชาย ใจดี 081-234-5678");
    }

    @Test
    void theSigningKeyIsAPrivateRsaKeyTheAuthorizationServerReadsAsItIs() throws IOException {
        Path file = secrets.resolve("authorization-server-signing-key.json");
        String written = Files.readString(file);
        RSAKey key = SigningKeys.loadOrCreate(file);
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void envHoldsEveryVariableComposeRequiresWithUsableValues() throws IOException {
        Map<String, String> env = env();
        assertThat(env.keySet()).containsAll(Repository.variablesComposeRequires());
        assertThat(new TrackingCodeHasher(env.get("TRACKING_HASH_KEY")).hash("1234567890123456")).isNotBlank();
        assertThat(Base64.getUrlDecoder().decode(env.get("KAFKA_CLUSTER_ID"))).hasSize(16);
        env.forEach((name, value) -> assertThat(value).as(name).matches("[A-Za-z0-9+/=_-]{22,}"));
        assertThat(env.values()).doesNotHaveDuplicates();
    }

    @Test
    void kafkaAndMongoFilesFollowTheEnvironment() throws IOException {
        String adminPassword = env().get("KAFKA_ADMIN_PASSWORD");
        assertThat(Files.readString(secrets.resolve("kafka-server-jaas.conf")))
                .contains("user_admin=\"" + adminPassword + "\"", "ScramLoginModule required;");
        Properties client = new Properties();
        client.load(new StringReader(Files.readString(secrets.resolve("kafka-admin-client.properties"))));
        assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT").containsEntry("sasl.mechanism", "PLAIN");
        assertThat(client.getProperty("sasl.jaas.config")).contains("password=\"" + adminPassword + "\"");
        // mongod accepts 6 to 1024 characters of the base64 set
        assertThat(Files.readString(secrets.resolve("mongodb-keyfile"))).matches("[A-Za-z0-9+/]{6,1024}");
    }

    @Test
    void filesAreReadableByTheContainersAndNobodyElseOnTheHost() throws IOException {
        assertThat(mode(secrets)).isEqualTo("rwx------");
        assertThat(mode(envFile)).isEqualTo("rw-------");
        for (String key : List.of("identity-keyset.json", "authorization-server-signing-key.json")) {
            if (ROOT) {
                assertThat(Files.getAttribute(secrets.resolve(key), "unix:uid")).as(key).isEqualTo(10001);
                assertThat(mode(secrets.resolve(key))).as(key).isEqualTo("r--------");
            } else {
                assertThat(mode(secrets.resolve(key))).as(key).isEqualTo("r--r--r--");
            }
        }
        for (String file : List.of("kafka-server-jaas.conf", "kafka-admin-client.properties", "mongodb-keyfile")) {
            assertThat(mode(secrets.resolve(file))).as(file).isEqualTo("r--r--r--");
        }
    }

    @Test
    void aSecondRunKeepsEverythingAndAddsOnlyWhatIsMissing(@TempDir Path again) throws Exception {
        Path secondSecrets = Files.createDirectory(again.resolve("secrets"));
        Path secondEnv = again.resolve(".env");
        for (String file : List.of("identity-keyset.json", "authorization-server-signing-key.json", "mongodb-keyfile")) {
            Files.copy(secrets.resolve(file), secondSecrets.resolve(file));
        }
        Map<String, String> before = env(envFile);
        byte[] keyset = Files.readAllBytes(secrets.resolve("identity-keyset.json"));
        byte[] signingKey = Files.readAllBytes(secrets.resolve("authorization-server-signing-key.json"));
        byte[] keyFile = Files.readAllBytes(secrets.resolve("mongodb-keyfile"));
        Files.write(secondEnv, Files.readAllLines(envFile).stream()
                .filter(line -> !line.startsWith("GRAFANA_ADMIN_PASSWORD=")).toList());

        String output = run(secondSecrets, secondEnv);

        assertThat(output).contains("1 variable(s) added").contains("GRAFANA_ADMIN_PASSWORD");
        Map<String, String> after = env(secondEnv);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, value) -> {
            if (!name.equals("GRAFANA_ADMIN_PASSWORD")) {
                assertThat(after.get(name)).as(name).isEqualTo(value);
            }
        });
        assertThat(after.get("GRAFANA_ADMIN_PASSWORD")).isNotBlank().isNotEqualTo(before.get("GRAFANA_ADMIN_PASSWORD"));
        assertThat(Files.readAllBytes(secondSecrets.resolve("identity-keyset.json"))).isEqualTo(keyset);
        assertThat(Files.readAllBytes(secondSecrets.resolve("authorization-server-signing-key.json"))).isEqualTo(signingKey);
        assertThat(Files.readAllBytes(secondSecrets.resolve("mongodb-keyfile"))).isEqualTo(keyFile);
    }

    private static String run(Path secrets, Path envFile) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Repository.path("ops/make-secrets.sh").toString())
                .redirectErrorStream(true);
        script.environment().put("SECRETS_DIR", secrets.toString());
        script.environment().put("ENV_FILE", envFile.toString());
        script.environment().put("PLATFORM_TOOLS_CLASSPATH", System.getProperty("java.class.path"));
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Map<String, String> env() throws IOException {
        return env(envFile);
    }

    private static Map<String, String> env(Path envFile) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int equals = line.indexOf('=');
            env.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return env;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
