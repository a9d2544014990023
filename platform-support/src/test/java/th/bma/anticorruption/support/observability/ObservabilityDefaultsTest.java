package th.bma.anticorruption.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ObservabilityDefaultsTest {

    private final ObservabilityDefaults defaults = new ObservabilityDefaults();

    @Test
    void tracesEverythingAndObservesTheKafkaBinderByDefault() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.enable-observation", Boolean.class))
                .isTrue();
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval"))
                .isEqualTo("15s");
    }

    @Test
    void aServicesOwnSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("management.tracing.sampling.probability", "0.2")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.2");
    }
}
