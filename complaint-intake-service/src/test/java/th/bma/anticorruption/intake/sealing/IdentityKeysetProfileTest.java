package th.bma.anticorruption.intake.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.sealing.SealingAutoConfiguration;

/**
 * The start-up rule for the identity keyset, with the service's real application.yml: the docker profile (and a run
 * without a profile) refuses to start unless the environment supplies a keyset; only the local profile (the launcher's)
 * generates a missing one. Only the keyset configuration is started: no broker, database or web server.
 */
class IdentityKeysetProfileTest {

    @TempDir
    Path folder;

    @Test
    void theDockerProfileRefusesToStartWithoutAKeysetFromTheEnvironmentAndGeneratesNone() {
        // IDENTITY_KEYSET_PATH unset: the docker default /run/secrets/identity-keyset.json, absent on this machine.
        assertThatThrownBy(() -> start("docker").close())
                .hasRootCauseMessage("identity keyset missing at platform.identity.keyset-path");
        Path given = folder.resolve("not-there.json");
        assertThatThrownBy(() -> start("docker", "--IDENTITY_KEYSET_PATH=" + given).close())
                .hasRootCauseMessage("identity keyset missing at platform.identity.keyset-path");
        assertThat(given).doesNotExist();
    }

    @Test
    void withoutAnyProfileNoKeysetIsGeneratedEither() {
        Path path = folder.resolve("keys/identity-keyset.json");
        assertThatThrownBy(() -> start(null, "--platform.identity.keyset-path=" + path).close())
                .hasRootCauseMessage("identity keyset missing at platform.identity.keyset-path");
        assertThat(path).doesNotExist();
    }

    @Test
    void theDockerProfileStartsWithTheKeysetTheEnvironmentNames() {
        Path supplied = folder.resolve("identity-keyset.json");
        byte[] sealed = new Sealer(IdentityKeyset.load(supplied, true)).seal("x".getBytes(StandardCharsets.UTF_8), "c");
        try (ConfigurableApplicationContext context = start("docker", "--IDENTITY_KEYSET_PATH=" + supplied)) {
            assertThat(context.getBean(Sealer.class).open(sealed, "c")).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ConfigurableApplicationContext start(String profile, String... args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SealingAutoConfiguration.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("TRACKING_HASH_KEY=dGVzdC1vbmx5LXRyYWNraW5nLWhhc2gta2V5LTMyLWJ5dGVzIQ==");
        if (profile != null) {
            builder.profiles(profile);
        }
        return builder.run(args);
    }
}
