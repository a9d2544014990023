package th.bma.anticorruption.intake.complaint;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.screening.ScreeningVerdict;

/**
 * Counters of complaints received, records screened out and screening verdicts, tagged only with the channel and the
 * rule that decided (no personal data).
 */
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

    /** How many records one batch stored (a group commit of requests, or a batch of CSV rows). */
    public void batch(int records) {
        DistributionSummary.builder("intake.commit.batch.records")
                .description("Records stored and published together in one batch").register(registry).record(records);
    }

    /** A screening verdict, tagged with the rule that decided it ({@code none} when no rule did). */
    public void screened(Channel channel, ScreeningVerdict verdict) {
        Counter.builder("intake.screening.verdicts")
                .description("Screening verdicts by the rule that decided them")
                .tag("channel", channel.name())
                .tag("outcome", verdict.inScope() ? "in-scope" : "out-of-scope")
                .tag("rule", verdict.ruleId() == null ? "none" : verdict.ruleId())
                .register(registry).increment();
    }

    private Counter counter(String name, String description, Channel channel) {
        return Counter.builder(name).description(description).tag("channel", channel.name()).register(registry);
    }
}
