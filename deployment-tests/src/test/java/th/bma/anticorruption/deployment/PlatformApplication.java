package th.bma.anticorruption.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six Spring Boot applications of the platform: their module, the name of their container (compose service,
 * Kubernetes Deployment), their Kafka user and MongoDB database where they have one.
 */
enum PlatformApplication {
    AUTHORIZATION_SERVER("authorization-server", "auth-server", null),
    INTAKE("complaint-intake-service", "complaint-intake-service", "intake"),
    ROUTING("routing-service", "routing-service", "routing"),
    CASE_TRACKING("case-tracking-service", "case-tracking-service", "cases"),
    STATISTICS("statistics-service", "statistics-service", "statistics"),
    GATEWAY("gateway", "gateway", null);

    private final String module;
    private final String container;
    private final String database;

    PlatformApplication(String module, String container, String database) {
        this.module = module;
        this.container = container;
        this.database = database;
    }

    String module() {
        return module;
    }

    String container() {
        return container;
    }

    /** The service's own MongoDB database, if it keeps one. */
    Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Services with a database are also the services on Kafka; their users are named after them. */
    boolean onKafka() {
        return database != null;
    }

    ServiceConfiguration configuration() {
        return ServiceConfiguration.of(module);
    }

    static List<PlatformApplication> onKafkaOnly() {
        return Arrays.stream(values()).filter(PlatformApplication::onKafka).toList();
    }
}
