package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event the relay sends after a crash carries the trace of the request that accepted it, although the relay's
 * thread has no trace: the traceparent is stored with the event.
 */
class OutboxTraceIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String REQUEST_TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Autowired
    private ComplaintIntake.Outboxes outboxes;

    @Autowired
    private ScreenedOutTallies screenedOut;

    @Autowired
    private JsonMapper json;

    @Test
    void anEventRelayedAfterACrashContinuesTheTraceOfTheRequestThatAcceptedIt() {
        String ticketId = "2025-TRACE-" + UUID.randomUUID();
        ComplaintScreenedOut event = new ComplaintScreenedOut(UUID.randomUUID(), clock.instant(),
                "TRAFFY_FONDUE:" + ticketId, ComplaintScreenedOut.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, ticketId,
                OffsetDateTime.parse("2025-03-01T08:00:00+07:00"), "no-term", null);
        try (Scope request = TraceParent.resume("00-" + REQUEST_TRACE + "-b7ad6b7169203331-01")) {
            assertThat(screenedOut.store(List.of(new ScreenedOutTallies.Screened(event.screeningId(),
                    Channel.TRAFFY_FONDUE, "2025-03", OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT, event, json))))
                    .duplicates()).isEmpty();
        }
        // ... and here the process died before sending.
        assertThat(TraceParent.current()).as("the relay below runs outside any trace").isNull();

        clock.advance(Duration.ofSeconds(11));
        assertThat(outboxes.screenedOut().relay(Duration.ofSeconds(10), 100)).isPositive();

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_SCREENED_OUT)) {
            ConsumerRecord<String, byte[]> relayed = await().atMost(Duration.ofSeconds(30)).until(() -> reader.records()
                    .stream().filter(r -> event.screeningId().equals(r.key())).findFirst().orElse(null), r -> r != null);
            assertThat(TraceParent.traceIdOf(new String(relayed.headers().lastHeader(TraceParent.HEADER).value(),
                    StandardCharsets.UTF_8))).isEqualTo(REQUEST_TRACE);
        }
    }
}
