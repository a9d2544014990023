package th.bma.anticorruption.load.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many MongoDB commands a service has sent so far: the sum of Micrometer's {@code mongodb.driver.commands}
 * timer counts on its {@code /actuator/prometheus}. Read before and after a window, it says what one accepted
 * request costs the database.
 */
final class MongoCommandCount {

    private static final Pattern COUNT = Pattern.compile("(?m)^mongodb_driver_commands_seconds_count\\{[^}]*} (\\S+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MongoCommandCount() {
    }

    /** The total, or -1 when the service does not answer. */
    static long of(int port) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return sum(text);
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static long sum(String prometheusText) {
        long total = 0;
        Matcher count = COUNT.matcher(prometheusText);
        while (count.find()) {
            total += (long) Double.parseDouble(count.group(1));
        }
        return total;
    }
}
