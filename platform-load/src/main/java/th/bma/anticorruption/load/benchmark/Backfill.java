package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Traffy backfill: one streamed POST of a public-dump CSV to {@code /api/intake/traffy-fondue/import} through
 * the gateway, timed until intake answers with its counts (every row screened; the corruption ones stored and
 * published). If it runs past the limit, the rows done so far are read off intake's counters instead.
 */
final class Backfill {

    private static final Pattern COUNTER = Pattern.compile(
            "^intake_complaints_(received|screened_out)_total\\{[^}]*channel=\"TRAFFY_FONDUE\"[^}]*\\}\\s+([0-9.eE+]+)",
            Pattern.MULTILINE);

    /** Rows done, seconds taken, whether it finished, and intake's answer. */
    record Result(long rows, double seconds, boolean finished, String answer) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private Backfill() {
    }

    static Result run(String gateway, String token, String intakeDirect, Path csv, long rows, Duration limit)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double before = traffyRecordsTaken(http, intakeDirect);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/intake/traffy-fondue/import"))
                .timeout(limit)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean finished = response.statusCode() == 200;
            // an import that failed part-way counts only the rows intake had taken
            long done = finished ? rows : (long) (traffyRecordsTaken(http, intakeDirect) - before);
            return new Result(done, seconds, finished, response.statusCode() + " " + response.body());
        } catch (HttpTimeoutException e) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long done = (long) (traffyRecordsTaken(http, intakeDirect) - before);
            return new Result(done, seconds, false, "stopped waiting after " + limit.toSeconds() + " s");
        }
    }

    /** Traffy records intake has taken so far (accepted + screened out), from its Prometheus endpoint. */
    static double traffyRecordsTaken(HttpClient http, String intakeDirect) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeDirect + "/actuator/prometheus"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        double total = 0;
        Matcher matcher = COUNTER.matcher(response.body());
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(2));
        }
        return total;
    }
}
