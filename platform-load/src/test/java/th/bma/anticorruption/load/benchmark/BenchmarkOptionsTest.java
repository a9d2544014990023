package th.bma.anticorruption.load.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.launcher.RunningPlatform;

class BenchmarkOptionsTest {

    @Test
    void theDefaultsAreTheSizesOfTheIssue() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of());

        assertThat(options.csvRows()).isEqualTo(1_500_000);
        assertThat(options.rebuildEvents()).isEqualTo(1_000_000);
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.gatewayUrl()).isNull();
        assertThat(options.runs("rebuild")).isTrue();
        assertThat(options.paced()).isEqualTo(Duration.ofSeconds(40));
        assertThat(options.pacedRate()).isZero();
    }

    @Test
    void thePacedPhaseTakesItsDurationAndRate() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--paced=0", "--paced-rate=25.5"));

        assertThat(options.paced()).isZero();
        assertThat(options.pacedRate()).isEqualTo(25.5);
    }

    @Test
    void theQuickRunIsShortButAnOptionGivenStillWins() {
        BenchmarkOptions quick = BenchmarkOptions.parse(List.of("--quick=true", "--measure=30"));

        assertThat(quick.warmUp()).isEqualTo(Duration.ofSeconds(20));
        assertThat(quick.measure()).isEqualTo(Duration.ofSeconds(30));
        assertThat(quick.csvRows()).isEqualTo(20_000);
        assertThat(quick.rebuildEvents()).isEqualTo(20_000);
        assertThat(quick.steadyProbes()).isEqualTo(2);
        assertThat(BenchmarkOptions.parse(List.of()).steadyProbes()).isEqualTo(4);
        assertThat(BenchmarkOptions.parse(List.of("--steady-probes=6")).steadyProbes()).isEqualTo(6);
    }

    @Test
    void sizesDurationsSkippedPhasesAndPortsAreRead() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--warm-up=20", "--csv-rows=20000",
                "--skip=backfill,rebuild", "--gateway-url=http://localhost:18080", "--ports=kafka:19092,mongodb:27018"));

        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.csvRows()).isEqualTo(20_000);
        assertThat(options.runs("backfill")).isFalse();
        assertThat(options.runs("load")).isTrue();
        assertThat(options.ports()).containsEntry("kafka", 19092).containsEntry("mongodb", 27018);
        RunningPlatform attached = RunningPlatform.attach(options.attachedPorts());
        assertThat(attached.kafkaBootstrap()).isEqualTo("localhost:19092");
        assertThat(attached.gateway()).isEqualTo("http://localhost:18080");
        assertThat(attached.port("auth")).as("the local run's default").isEqualTo(9000);
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(List.of("--rows=5")))
                .withMessageContaining("--csv-rows");
    }

    @Test
    void everyFigureIsPrintedWithItsRatioToItsFloor() {
        Results results = new Results();
        results.add("intake", 1_200, "records/s", ">= 1,000/s", 4_000.0, "req/s trivial endpoint");
        results.add("start-up", 48, "s", "< 60 s", null, null);

        assertThat(results.markdown())
                .contains("| intake | 1,200 records/s | >= 1,000/s | 4,000 req/s trivial endpoint | 0.30 |")
                .contains("| start-up | 48 s | < 60 s |  |  |");
    }
}
