package th.bma.anticorruption.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import th.bma.anticorruption.cases.metrics.CaseOpeningMetrics;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;

class CaseMetricsIntegrationTest extends CaseTrackingIntegrationTestSupport {

    /** The receivedAt of the test complaints: 2026-08-20T10:21:07+07:00. */
    private static final Instant RECEIVED = Instant.parse("2026-08-20T03:21:07Z");

    @Autowired
    MeterRegistry meters;

    @Test
    void anOpenedCaseIsCountedOnceAndTimedFromTheComplaintsReceivedAt() throws Exception {
        clock.set(RECEIVED.plusSeconds(90));
        double opened = opened();
        long timed = timedCount();
        double timedSeconds = timedSeconds();
        String complaintId = newComplaintId();
        ComplaintRouted initial = routed(complaintId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null);

        publish(Topics.COMPLAINTS_ROUTED, initial);
        statusChanged.awaitValue(v -> caseIdOf(complaintId).equals(v.path("caseId").asString()), WAIT);
        publish(Topics.COMPLAINTS_ROUTED, initial);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 2, RoutingKind.REROUTE, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));
        awaitConsumed(Topics.COMPLAINTS_ROUTED);

        assertThat(opened()).isEqualTo(opened + 1);
        assertThat(timedCount()).isEqualTo(timed + 1);
        assertThat(timedSeconds() - timedSeconds).isEqualTo(90.0);
    }

    @Test
    void aBackFilledComplaintIsCountedButNotTimed() throws Exception {
        clock.set(RECEIVED.plus(Duration.ofDays(3)));
        double opened = opened();
        long timed = timedCount();
        String complaintId = newComplaintId();

        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null));
        statusChanged.awaitValue(v -> caseIdOf(complaintId).equals(v.path("caseId").asString()), WAIT);

        assertThat(opened()).isEqualTo(opened + 1);
        assertThat(timedCount()).isEqualTo(timed);
    }

    private double opened() {
        return meters.counter(CaseOpeningMetrics.OPENED, "channel", "HOTLINE_1555").count();
    }

    private long timedCount() {
        Timer latency = latency();
        return latency == null ? 0 : latency.count();
    }

    private double timedSeconds() {
        Timer latency = latency();
        return latency == null ? 0 : latency.totalTime(TimeUnit.SECONDS);
    }

    private Timer latency() {
        return meters.find(CaseOpeningMetrics.LATENCY).tag("channel", "HOTLINE_1555").timer();
    }
}
