package th.bma.anticorruption.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spring Boot application of the platform as the launcher runs it: its module's exec jar, its port, its database,
 * and the standard properties every service accepts on the command line.
 */
record PlatformService(String name, String portName, int heapMegabytes, String database) {

    static final PlatformService AUTHORIZATION_SERVER = new PlatformService("authorization-server", "auth", 160, "auth");

    /** The five services, started together once Kafka, MongoDB and the authorization server are up. */
    static final List<PlatformService> SERVICES = List.of(
            new PlatformService("complaint-intake-service", "intake", 192, "intake"),
            new PlatformService("routing-service", "routing", 160, "routing"),
            new PlatformService("case-tracking-service", "cases", 176, "cases"),
            new PlatformService("statistics-service", "statistics", 160, "statistics"),
            new PlatformService("gateway", "gateway", 160, null));

    Path execJar(Path home) {
        return home.resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    List<String> command(LaunchSettings settings, JavaCommand java, long launcherPid) {
        List<String> command = new ArrayList<>(java.jvm(heapMegabytes));
        command.add("-jar");
        command.add(execJar(settings.home()).toString());
        command.add("--server.port=" + settings.port(portName));
        command.add("--spring.profiles.active=local");
        command.add("--platform.auth.issuer=" + settings.authIssuer());
        command.add("--platform.parent-pid=" + launcherPid);
        if (database != null) {
            command.add("--spring.mongodb.uri=" + settings.mongoUri(database));
        }
        if (this.equals(AUTHORIZATION_SERVER)) {
            // The signing key must outlive restarts (tokens stay valid) and belong to this run's data folder.
            command.add("--platform.auth.signing-key-file="
                    + settings.dataDir().resolve("keys").resolve("authorization-server-signing-key.json"));
        } else {
            command.add("--spring.cloud.stream.kafka.binder.brokers=" + settings.kafkaBootstrap());
            command.add("--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap());
        }
        if (portName.equals("gateway")) {
            command.add("--platform.services.intake-uri=http://localhost:" + settings.port("intake"));
            command.add("--platform.services.routing-uri=http://localhost:" + settings.port("routing"));
            command.add("--platform.services.cases-uri=http://localhost:" + settings.port("cases"));
            command.add("--platform.services.statistics-uri=http://localhost:" + settings.port("statistics"));
        }
        return command;
    }

    String readinessUrl(LaunchSettings settings) {
        return "http://localhost:" + settings.port(portName) + "/actuator/health/readiness";
    }
}
