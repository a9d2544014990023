package th.bma.anticorruption.testkit;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real Kafka broker and MongoDB that integration tests run on, started once per test JVM.
 * {@code -Dplatform.infra=embedded} (the default): an in-process KRaft broker and mongo-java-server.
 * {@code -Dplatform.infra=testcontainers}: Kafka and MongoDB containers; without Docker the tests are skipped
 * by {@link PlatformInfrastructureCondition}, never failed.
 */
public final class TestInfrastructure {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Backend backend;

    private TestInfrastructure() {
    }

    public static boolean usesTestcontainers() {
        return "testcontainers".equals(System.getProperty("platform.infra", "embedded").toLowerCase(Locale.ROOT));
    }

    public static String kafkaBootstrapServers() {
        return backend().kafkaBootstrapServers();
    }

    /** A connection string to a fresh database, so test classes never see each other's documents. */
    public static String mongoUri(String databasePrefix) {
        return backend().mongoConnectionString() + "/" + databasePrefix + "-" + DATABASES.incrementAndGet();
    }

    /**
     * Points a Spring test context at the infrastructure: the Kafka binder and Spring Kafka at the broker,
     * Spring Data MongoDB at a fresh database. Call it from a {@code @DynamicPropertySource} method.
     */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        String mongo = mongoUri(databasePrefix);
        registry.add("spring.cloud.stream.kafka.binder.brokers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongo);
    }

    /** A fresh identity keyset for the service under test, generated in a temporary folder on first use. */
    public static void registerIdentityKeyset(DynamicPropertyRegistry registry) {
        try {
            java.nio.file.Path keys = java.nio.file.Files.createTempDirectory("identity-keys");
            registry.add("platform.identity.keyset-path", () -> keys.resolve("identity-keyset.json").toString());
            registry.add("platform.identity.generate-keyset", () -> "true");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Backend backend() {
        Backend current = backend;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = backend;
                if (current == null) {
                    current = usesTestcontainers() ? new ContainerBackend() : new EmbeddedBackend();
                    Backend started = current;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-infrastructure-stop"));
                    backend = current;
                }
            }
        }
        return current;
    }

    interface Backend {
        String kafkaBootstrapServers();

        /** {@code mongodb://host:port} without a database. */
        String mongoConnectionString();

        void stop();
    }
}
