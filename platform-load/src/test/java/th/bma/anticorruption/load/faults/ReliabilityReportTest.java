package th.bma.anticorruption.load.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityReportTest {

    @TempDir
    Path folder;

    private static ScenarioResult result(String name, int lost, int serverErrors) {
        return new ScenarioResult(name, "what it did", 120, 100, lost, 0, serverErrors, 7, List.of("check", "value"),
                List.of(List.of("a|b", "1")), lost > 0 ? List.of("no case for complaint c-9") : List.of(), true,
                Duration.ofSeconds(42));
    }

    @Test
    void theSummaryHasOneRowPerScenarioAndFailsOnALossOrA5xxOnBadInput() {
        String report = ReliabilityReport.render(List.of(result("kill-gateway", 0, 0), result("kill-kafka", 1, 0),
                result("hostile-input", 0, 2)), "facts");

        assertThat(report).contains("| kill-gateway | 120 | 100 | 0 | 0 | 0 | 7 | pass | 42 s |")
                .contains("| kill-kafka | 120 | 100 | 1 | 0 | 0 | 7 | **FAIL** | 42 s |")
                .contains("| hostile-input | 120 | 100 | 0 | 0 | 2 | 7 | **FAIL** | 42 s |")
                .contains("### kill-kafka").contains("- no case for complaint c-9")
                .contains("| a\\|b | 1 |");
    }

    @Test
    void resultsReplaceOnlyWhatStandsBetweenTheMarkers() throws Exception {
        Path doc = folder.resolve("reliability.md");
        Files.writeString(doc, "# Reliability\n\nMethod.\n\n" + ReliabilityReport.START + "\nold results\n"
                + ReliabilityReport.END + "\n\nAfterword.\n", StandardCharsets.UTF_8);

        ReliabilityReport.writeInto(doc, "new results\n");

        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo("# Reliability\n\nMethod.\n\n"
                + ReliabilityReport.START + "\nnew results\n" + ReliabilityReport.END + "\n\nAfterword.\n");
    }
}
