package th.bma.anticorruption.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;

class EventPublisherTest {

    private final StreamBridge bridge = mock(StreamBridge.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventPublisher publisher = new EventPublisher(bridge, registry);

    @Test
    void countsWhatTheBinderAcceptedByEventType() {
        when(bridge.send(eq("accepted"), any(Object.class))).thenReturn(true);
        when(bridge.send(eq("refused"), any(Object.class))).thenReturn(false);

        assertThat(publisher.publish("accepted", screenedOut())).isTrue();
        assertThat(publisher.publish("refused", screenedOut())).isFalse();

        assertThat(registry.get(EventPublisher.PUBLISHED_METER).tag("event", "ComplaintScreenedOut").counter().count())
                .isEqualTo(1.0);
    }

    private static ComplaintScreenedOut screenedOut() {
        return new ComplaintScreenedOut(UUID.randomUUID(), Instant.parse("2026-11-23T03:00:00Z"), "TRAFFY_FONDUE:1",
                ComplaintScreenedOut.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, "1",
                OffsetDateTime.parse("2026-11-23T10:00:00+07:00"), "not about corruption", null);
    }
}
