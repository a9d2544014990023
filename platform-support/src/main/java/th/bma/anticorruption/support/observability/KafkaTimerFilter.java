package th.bma.anticorruption.support.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Keeps Spring Kafka's observation timers ({@code spring.kafka.template}, {@code spring.kafka.listener} with the
 * {@code messaging.*} tags) and denies its older Micrometer timers of the same names (tags {@code name},
 * {@code result}, {@code exception}), which the binder's unobserved templates (the dead-letter sender) register.
 * Prometheus accepts one set of tag keys per name: whichever registered first would otherwise drop the other.
 */
public class KafkaTimerFilter implements MeterFilter {

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean kafkaTimer = id.getName().equals("spring.kafka.template") || id.getName().equals("spring.kafka.listener");
        return kafkaTimer && id.getTag("result") != null ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }
}
