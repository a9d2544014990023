package th.bma.anticorruption.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.support.observability.TraceParent;

class EventRecordTest {

    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void anObservedProducerWritesTheTraceItselfSoTheRecordCarriesNoSecondOne() {
        EventRecord event = new EventRecord("cases.stale.v1", "CASE-1", UUID.randomUUID(), "CaseMarkedStale", 1,
                "{}".getBytes(StandardCharsets.UTF_8), TRACE);

        ProducerRecord<byte[], byte[]> observed = event.toProducerRecord(false);
        ProducerRecord<byte[], byte[]> unobserved = event.toProducerRecord(true);

        assertThat(observed.headers().headers(TraceParent.HEADER)).isEmpty();
        assertThat(unobserved.headers().headers(TraceParent.HEADER)).hasSize(1);
        assertThat(new String(unobserved.headers().lastHeader(TraceParent.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(TRACE);
    }

    @Test
    void anEventWithoutATypeOrTraceHasNeitherHeader() {
        UUID eventId = UUID.randomUUID();
        ProducerRecord<byte[], byte[]> record = new EventRecord("cases.stale.v1", "CASE-1", eventId, null, 1,
                "{}".getBytes(StandardCharsets.UTF_8), null).toProducerRecord(true);

        assertThat(record.headers().headers(EventPublisher.EVENT_TYPE_HEADER)).isEmpty();
        assertThat(record.headers().headers(TraceParent.HEADER)).isEmpty();
        assertThat(new String(record.headers().lastHeader(EventPublisher.EVENT_ID_HEADER).value(),
                StandardCharsets.UTF_8)).isEqualTo(eventId.toString());
    }
}
