package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import tools.jackson.databind.JsonNode;

/**
 * The live stream over a real HTTP connection: it opens with the current month (April 2023 on the test clock) and
 * then carries every month the service publishes. The change is made in January 2023, a month no other test uses:
 * a complaint added to April would break the exact reference figures that {@link ReferenceMonthsIntegrationTest}
 * checks.
 */
class StatisticsStreamIntegrationTest extends StatisticsIntegrationTestSupport {

    private static final String JANUARY = "2023-01";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void streamsTheCurrentMonthAtOnceThenEveryPublishedMonth() throws Exception {
        long januaryBefore = JSON.readTree(mvc.perform(get("/api/statistics/monthly/" + JANUARY)
                        .header("Authorization", dashboardToken()))
                .andReturn().getResponse().getContentAsString()).path("received").asLong();
        EventStream stream = new EventStream();
        // The response future of a streamed body completes only when the stream ends: take the head as it comes.
        CompletableFuture<HttpResponse.ResponseInfo> head = new CompletableFuture<>();
        http.sendAsync(streamRequest().header("Authorization", dashboardToken()).build(), info -> {
            head.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(stream);
        });
        try {
            HttpResponse.ResponseInfo response = head.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));

            await().atMost(Duration.ofSeconds(30)).until(() -> !stream.events().isEmpty());
            ServerSentEvent first = stream.events().get(0);
            assertThat(first.name()).isEqualTo("monthly");
            JsonNode current = JSON.readTree(first.data());
            assertThat(current.path("month").asString()).isEqualTo("2023-04");
            assertThat(current.path("asOf").asString()).isEqualTo("2023-04-21T16:00:00+07:00");
            assertThat(first.id()).isEqualTo("2023-04@2023-04-21T16:00+07:00");

            sendCase(MonthlyStatisticsIntegrationTest.snapshot("STREAM-1", 1, Channel.WEBSITE,
                    OffsetDateTime.parse("2023-01-12T08:45:00+07:00"), "ห้วยขวาง", LineOfWork.REVENUE,
                    Disposition.UNDER_VERIFICATION, null));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stream.events())
                    .anySatisfy(event -> {
                        assertThat(event.name()).isEqualTo("monthly");
                        JsonNode january = JSON.readTree(event.data());
                        assertThat(january.path("month").asString()).isEqualTo(JANUARY);
                        assertThat(january.path("received").asLong()).isEqualTo(januaryBefore + 1);
                        assertThat(january.path("byChannel").path("WEBSITE").asLong()).isPositive();
                        assertThat(event.id()).startsWith(JANUARY + "@");
                    }));
            // Heartbeats every 200 ms in the tests (15 s by default).
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments().contains(":heartbeat"));
        } finally {
            stream.close();
        }
    }

    @Test
    void theStreamNeedsAReaderToken() throws Exception {
        HttpResponse<String> anonymous = http.send(streamRequest().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        mvc.perform(get("/api/statistics/stream")
                        .header("Authorization", "Bearer " + TOKENS.token("traffy-adapter", "CHANNEL_ADAPTER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    private HttpRequest.Builder streamRequest() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/statistics/stream"))
                .header("Accept", "text/event-stream");
    }

    /** One server-sent event as it went over the wire. */
    record ServerSentEvent(String name, String id, String data) {
    }

    /** Collects the events and the comments (heartbeats) of a stream from its lines. */
    static final class EventStream implements Flow.Subscriber<String> {

        private final List<ServerSentEvent> events = new CopyOnWriteArrayList<>();
        private final List<String> comments = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
        private String name;
        private String id;
        private List<String> data = new ArrayList<>();

        List<ServerSentEvent> events() {
            return events;
        }

        List<String> comments() {
            return comments;
        }

        void close() {
            subscription.thenAccept(Flow.Subscription::cancel);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription.complete(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new ServerSentEvent(name, id, String.join("\n", data)));
                }
                name = null;
                id = null;
                data = new ArrayList<>();
            } else if (line.startsWith(":")) {
                comments.add(line);
            } else if (line.startsWith("event:")) {
                name = value(line);
            } else if (line.startsWith("id:")) {
                id = value(line);
            } else if (line.startsWith("data:")) {
                data.add(value(line));
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }

        private static String value(String line) {
            String value = line.substring(line.indexOf(':') + 1);
            return value.startsWith(" ") ? value.substring(1) : value;
        }
    }
}
