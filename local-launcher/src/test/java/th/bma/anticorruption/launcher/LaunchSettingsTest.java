package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("platform.local.gateway-port");
        System.clearProperty("platform.local.data-dir");
    }

    @Test
    void defaultsAreTheAddressesOfTheContract() {
        LaunchSettings settings = LaunchSettings.from(List.of());

        assertThat(settings.kafkaBootstrap()).isEqualTo("localhost:9092");
        assertThat(settings.mongoUri("intake")).isEqualTo("mongodb://localhost:27017/intake");
        assertThat(settings.authIssuer()).isEqualTo("http://localhost:9000");
        assertThat(settings.port("gateway")).isEqualTo(8080);
        assertThat(settings.dataDir()).isEqualTo(Path.of(".local-data").toAbsolutePath().normalize());
        assertThat(settings.logs()).isEqualTo(settings.dataDir().resolve("logs"));
    }

    @Test
    void argumentsWinOverSystemPropertiesWhichWinOverDefaults() {
        System.setProperty("platform.local.gateway-port", "18080");
        System.setProperty("platform.local.data-dir", "/tmp/from-property");

        LaunchSettings settings = LaunchSettings.from(List.of("--data-dir=/tmp/from-argument", "--kafka-port=19092"));

        assertThat(settings.port("gateway")).isEqualTo(18080);
        assertThat(settings.port("kafka")).isEqualTo(19092);
        assertThat(settings.kafkaBootstrap()).isEqualTo("localhost:19092");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/from-argument"));
    }

    @Test
    void childJvmsReceiveTheSameSettings() {
        LaunchSettings settings = LaunchSettings.from(List.of("--home=/repo", "--mongodb-port=37017"));

        assertThat(LaunchSettings.from(LocalPlatform.optionsOf(settings))).isEqualTo(settings);
    }

    @Test
    void aMistypedOptionIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> LaunchSettings.from(List.of("--gatway-port=1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--gatway-port");
        assertThatThrownBy(() -> LaunchSettings.from(List.of("gateway-port=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
