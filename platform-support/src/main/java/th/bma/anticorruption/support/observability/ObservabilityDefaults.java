package th.bma.anticorruption.support.observability;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The observability settings every service shares, as defaults of the lowest precedence (a service's
 * application.yml, the environment or the command line override any of them), so no service repeats them:
 * <ul>
 * <li>every request and event is traced ({@code management.tracing.sampling.probability: 1.0}; the platform's volume
 * is a few complaints a second, and a complaint that cannot be followed is the one somebody asks about);</li>
 * <li>the Kafka binder observes its producers and listener containers, so {@code traceparent} travels on every
 * record and a consumer's span continues the producer's trace;</li>
 * <li>the binder's consumer lag gauge ({@code spring.cloud.stream.binder.kafka.offset}) is refreshed every 15 s
 * instead of every minute.</li>
 * </ul>
 * Spans are exported only where {@code management.opentelemetry.tracing.export.otlp.endpoint} is set (docker-compose
 * sets it to Tempo); the local run keeps trace and span ids in the structured log lines.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "platformObservabilityDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            "management.tracing.sampling.probability", "1.0",
            "spring.cloud.stream.kafka.binder.enable-observation", "true",
            "spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval", "15s");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
        }
    }
}
