package th.bma.anticorruption.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spring Boot application of the platform as the launcher runs it: its module's exec jar, its port, its database,
 * and the standard properties every service accepts on the command line.
 */
record PlatformService(String name, String portName, int heapMegabytes, String database, Map<String, String> keyFiles) {

    /** Its signing key lives in the run's data folder, so tokens stay valid across restarts. */
    static final PlatformService AUTHORIZATION_SERVER = new PlatformService("authorization-server", "auth", 160, null,
            Map.of("platform.auth.signing-key-file", "authorization-server-signing-key.json"));

    /**
     * The five services, started together once Kafka, MongoDB and the authorization server are up. The identity keyset
     * seals complainants' identities (intake) and the originals of masked officers' texts (routing, case tracking):
     * one file shared by the three, it belongs to the data folder whose records it sealed.
     */
    static final List<PlatformService> SERVICES = List.of(
            new PlatformService("complaint-intake-service", "intake", 192, "intake",
                    Map.of("platform.identity.keyset-path", "identity-keyset.json")),
            new PlatformService("routing-service", "routing", 160, "routing",
                    Map.of("platform.identity.keyset-path", "identity-keyset.json")),
            new PlatformService("case-tracking-service", "cases", 176, "cases",
                    Map.of("platform.identity.keyset-path", "identity-keyset.json")),
            new PlatformService("statistics-service", "statistics", 160, "statistics", Map.of()),
            new PlatformService("gateway", "gateway", 160, null, Map.of()));

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
        keyFiles.forEach((property, file) ->
                command.add("--" + property + "=" + settings.dataDir().resolve("keys").resolve(file)));
        if (!this.equals(AUTHORIZATION_SERVER)) {
            command.add("--spring.cloud.stream.kafka.binder.brokers=" + settings.kafkaBootstrap());
            command.add("--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap());
        }
        if (this.equals(AUTHORIZATION_SERVER)) {
            // the dashboard's sign-in returns to the gateway, and its token request comes from the gateway's origin
            command.add("--platform.auth.dashboard-redirect-uris=" + settings.gatewayOrigin() + "/dashboard/,"
                    + settings.gatewayOrigin() + "/dashboard/callback");
            command.add("--platform.auth.dashboard-origins=" + settings.gatewayOrigin());
        }
        if (portName.equals("gateway")) {
            command.add("--platform.gateway.dashboard-origins=" + settings.gatewayOrigin());
            // the dashboard's config.json (where to sign in) is written by the launcher into the data folder
            command.add("--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/static/,file:"
                    + settings.webDir() + "/");
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
