package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

class KafkaTimerFilterTest {

    @Test
    void theObservationTimerIsScrapedEvenWhenTheOlderTimerOfTheSameNameCameFirst() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new KafkaTimerFilter());

        Timer.builder("spring.kafka.template").tags("name", "dlq", "result", "success", "exception", "none")
                .register(registry).record(Duration.ofMillis(3));
        Timer.builder("spring.kafka.template").tags("error", "none", "messaging.destination.name", "complaints.routed.v1")
                .register(registry).record(Duration.ofMillis(5));

        assertThat(registry.scrape()).contains("spring_kafka_template_seconds_count{error=\"none\","
                + "messaging_destination_name=\"complaints.routed.v1\"} 1").doesNotContain("result=");
    }
}
