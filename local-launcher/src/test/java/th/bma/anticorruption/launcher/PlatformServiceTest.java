package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlatformServiceTest {

    private final LaunchSettings settings = LaunchSettings.from(List.of("--home=/repo", "--kafka-port=19092",
            "--mongodb-port=37017", "--auth-port=19000", "--intake-port=18081"));

    @Test
    void aServiceRunsItsExecJarWithTheStandardProperties() {
        PlatformService intake = PlatformService.SERVICES.get(0);

        List<String> command = intake.command(settings, new JavaCommand(), 4242);

        assertThat(command).containsSubsequence("-jar", "/repo/complaint-intake-service/target/complaint-intake-service-exec.jar");
        assertThat(command).contains("-XX:+UseSerialGC", "-Xmx192m",
                "--server.port=18081",
                "--spring.profiles.active=local",
                "--spring.mongodb.uri=mongodb://localhost:37017/intake",
                "--spring.cloud.stream.kafka.binder.brokers=localhost:19092",
                "--platform.auth.issuer=http://localhost:19000",
                "--platform.parent-pid=4242",
                "--platform.identity.keyset-path=" + settings.dataDir().resolve("keys/identity-keyset.json"),
                "--platform.tracking.hash-key-file=" + settings.dataDir().resolve("keys/tracking-hash-key"));
        PlatformService cases = PlatformService.SERVICES.stream()
                .filter(s -> s.name().equals("case-tracking-service")).findFirst().orElseThrow();
        assertThat(cases.command(settings, new JavaCommand(), 4242))
                .contains("--platform.tracking.hash-key-file=" + settings.dataDir().resolve("keys/tracking-hash-key"));
        assertThat(intake.readinessUrl(settings)).isEqualTo("http://localhost:18081/actuator/health/readiness");
    }

    @Test
    void theAuthorizationServerKeepsItsSigningKeyInTheRunsDataFolder() {
        List<String> command = PlatformService.AUTHORIZATION_SERVER.command(settings, new JavaCommand(), 1);

        assertThat(command).contains("--server.port=19000", "--platform.auth.signing-key-file="
                + settings.dataDir().resolve("keys/authorization-server-signing-key.json"));
        assertThat(command).noneMatch(arg -> arg.startsWith("--spring.cloud.stream"));
    }

    @Test
    void theGatewayIsToldWhereTheServicesAre() {
        PlatformService gateway = PlatformService.SERVICES.stream().filter(s -> s.name().equals("gateway")).findFirst()
                .orElseThrow();

        assertThat(gateway.command(settings, new JavaCommand(), 1)).contains(
                "--platform.services.intake-uri=http://localhost:18081",
                "--platform.services.routing-uri=http://localhost:8082",
                "--platform.services.cases-uri=http://localhost:8083",
                "--platform.services.statistics-uri=http://localhost:8084");
    }

    @Test
    void theDashboardSignsInAndBackThroughTheGatewayPortOfThisRun() throws Exception {
        LaunchSettings moved = LaunchSettings.from(List.of("--home=/repo", "--gateway-port=18080", "--auth-port=19000",
                "--data-dir=" + Files.createTempDirectory("launcher-test")));
        PlatformService gateway = PlatformService.SERVICES.stream().filter(s -> s.name().equals("gateway")).findFirst()
                .orElseThrow();

        assertThat(PlatformService.AUTHORIZATION_SERVER.command(moved, new JavaCommand(), 1)).contains(
                "--platform.auth.dashboard-redirect-uris=http://localhost:18080/dashboard/,"
                        + "http://localhost:18080/dashboard/callback",
                "--platform.auth.dashboard-origins=http://localhost:18080");
        assertThat(gateway.command(moved, new JavaCommand(), 1)).contains(
                "--platform.gateway.dashboard-origins=http://localhost:18080",
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/static/,file:"
                        + moved.webDir() + "/");
        Path config = DashboardConfigFile.write(moved);
        assertThat(config).isEqualTo(moved.webDir().resolve("dashboard/config.json"));
        assertThat(Files.readString(config))
                .contains("\"issuer\": \"http://localhost:19000\"", "\"clientId\": \"dashboard-ui\"");
        assertThat(Files.readString(moved.webDir().resolve("workspace/config.json")))
                .contains("\"issuer\": \"http://localhost:19000\"", "\"clientId\": \"officer-tools\"");
        assertThat(PlatformService.AUTHORIZATION_SERVER.command(moved, new JavaCommand(), 1))
                .contains("--platform.auth.officer-tools-redirect-uris=http://localhost:18080/workspace/callback");
    }
}
