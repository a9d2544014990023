package th.bma.anticorruption.load.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The results of one suite run as Markdown: a summary table (sent, acknowledged, lost, duplicated, 5xx) and each
 * scenario's own table. They replace what stands between the two markers in {@code docs/reliability.md}, so the
 * method written around them stays.
 */
final class ReliabilityReport {

    static final String START = "<!-- fault-suite results: start -->";
    static final String END = "<!-- fault-suite results: end -->";

    private ReliabilityReport() {
    }

    static String render(List<ScenarioResult> results, String runFacts) {
        StringBuilder out = new StringBuilder();
        out.append("Run of ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                .append(": ").append(runFacts).append("\n\n");
        out.append("| scenario | sent | acknowledged | lost | duplicated | 5xx on bad input | 5xx/no answer under the fault (resent) | result | took |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (ScenarioResult r : results) {
            out.append("| ").append(r.name()).append(" | ").append(r.sent()).append(" | ").append(r.acknowledged())
                    .append(" | ").append(r.lost()).append(" | ").append(r.duplicated()).append(" | ")
                    .append(r.badInputServerErrors()).append(" | ").append(r.faultServerErrors()).append(" | ")
                    .append(r.passed() ? "pass" : "**FAIL**").append(" | ").append(seconds(r.took())).append(" |\n");
        }
        for (ScenarioResult r : results) {
            out.append("\n### ").append(r.name()).append("\n\n").append(r.what()).append("\n\n");
            out.append(row(r.checkHeader()));
            out.append(row(r.checkHeader().stream().map(h -> "---").toList()));
            r.checks().forEach(check -> out.append(row(check)));
            if (!r.evidence().isEmpty()) {
                out.append("\nEvidence:\n\n");
                r.evidence().forEach(line -> out.append("- ").append(line.replace("|", "\\|")).append('\n'));
            }
        }
        return out.toString();
    }

    /** Puts the results between the markers of the file (appends the markers if they are missing). */
    static void writeInto(Path file, String results) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Reliability\n";
        String block = START + "\n" + results + END;
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start >= 0 && end > start) {
            text = text.substring(0, start) + block + text.substring(end + END.length());
        } else {
            text = text + (text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|").replace("\n", " ")).toList())
                + " |\n";
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
