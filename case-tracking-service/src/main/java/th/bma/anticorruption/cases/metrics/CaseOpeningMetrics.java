package th.bma.anticorruption.cases.metrics;

import java.time.Duration;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;

/**
 * Counts the cases opened per channel ({@value #OPENED}) and times how long a complaint took from the channel's
 * {@code receivedAt} (carried on every event since intake) to its case being opened ({@value #LATENCY}).
 * It listens to the case store rather than sitting in the casework: a case is opened exactly when its document is
 * first inserted (revision 0; every later store raises the revision), however often the routing event is delivered.
 * A complaint received more than {@link #LIVE_WINDOW} before its case opened is a back-filled record (a CSV import
 * of last month's calls) whose age says nothing about the platform: it is counted, not timed.
 */
@Component
public class CaseOpeningMetrics extends AbstractMongoEventListener<ComplaintCase> {

    public static final String OPENED = "cases.opened";
    public static final String LATENCY = "cases.opening.latency";
    static final Duration LIVE_WINDOW = Duration.ofDays(1);

    private final MeterRegistry meters;

    public CaseOpeningMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<ComplaintCase> event) {
        ComplaintCase opened = event.getSource();
        if (opened.revision() != 0 || opened.channel() == null) {
            return;
        }
        String channel = opened.channel().name();
        Counter.builder(OPENED).description("Cases opened, by the complaint's channel").tag("channel", channel)
                .register(meters).increment();
        if (opened.receivedAt() == null || opened.openedAt() == null) {
            return;
        }
        Duration latency = Duration.between(opened.receivedAt(), opened.openedAt());
        if (!latency.isNegative() && latency.compareTo(LIVE_WINDOW) <= 0) {
            Timer.builder(LATENCY)
                    .description("From the complaint's receivedAt at the channel to its case opened")
                    .tag("channel", channel)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(LIVE_WINDOW)
                    .register(meters).record(latency);
        }
    }
}
