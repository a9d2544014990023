package th.bma.anticorruption.support.topics;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring Kafka's own clients (the {@code KafkaAdmin} that creates the platform's topics) reach the brokers the
 * binder is given ({@code spring.cloud.stream.kafka.binder.brokers}), as a default of the lowest precedence. The
 * binder in turn takes every other {@code spring.kafka.*} client setting (security protocol, SASL), so one set of
 * settings serves both.
 */
public class KafkaClientDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "platformKafkaClientDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                    "spring.kafka.bootstrap-servers", "${spring.cloud.stream.kafka.binder.brokers:localhost:9092}")));
        }
    }
}
