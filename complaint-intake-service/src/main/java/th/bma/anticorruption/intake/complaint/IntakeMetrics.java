package th.bma.anticorruption.intake.complaint;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import th.bma.anticorruption.contracts.Channel;

/** Counters of complaints received and records screened out, tagged only with the channel (no personal data). */
public class IntakeMetrics {

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(Channel channel, int count) {
        counter("intake.complaints.received", "Complaints accepted, counted once per channel record", channel).increment(count);
    }

    public void screenedOut(Channel channel, int count) {
        counter("intake.complaints.screened.out", "Channel records found not to be about corruption", channel).increment(count);
    }

    private Counter counter(String name, String description, Channel channel) {
        return Counter.builder(name).description(description).tag("channel", channel.name()).register(registry);
    }
}
