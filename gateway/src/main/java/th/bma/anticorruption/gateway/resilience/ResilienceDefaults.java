package th.bma.anticorruption.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.gateway.routes.PlatformService;

/**
 * Resilience4j defaults for every route's circuit breaker, in one place: a short time limit (the services answer in
 * milliseconds), open after half of the last calls failed, half-open again after {@code open-state-wait}. The CSV
 * import streams for minutes and gets a long time limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceDefaults.Settings.class)
public class ResilienceDefaults {

    /** {@code platform.gateway.resilience.*}: time limits and how long an open breaker waits. */
    @ConfigurationProperties("platform.gateway.resilience")
    public record Settings(Duration timeLimit, Duration importTimeLimit, Duration openStateWait) {

        public Settings {
            timeLimit = timeLimit != null ? timeLimit : Duration.ofSeconds(5);
            importTimeLimit = importTimeLimit != null ? importTimeLimit : Duration.ofMinutes(30);
            openStateWait = openStateWait != null ? openStateWait : Duration.ofSeconds(10);
        }
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(Settings settings) {
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(circuitBreaker(settings, Duration.ofSeconds(2)))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(settings.timeLimit()).build())
                    .build());
            factory.configure(builder -> builder
                    .circuitBreakerConfig(circuitBreaker(settings, settings.importTimeLimit()))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(settings.importTimeLimit()).build()),
                    PlatformService.INTAKE_IMPORT);
        };
    }

    private static CircuitBreakerConfig circuitBreaker(Settings settings, Duration slowCall) {
        return CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(slowCall)
                .slowCallRateThreshold(80)
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
    }
}
