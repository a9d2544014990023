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
 * milliseconds), open when half of the calls of the last 10 s failed or hit the time limit, half-open again after
 * {@code open-state-wait}. The CSV
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
                    .circuitBreakerConfig(circuitBreaker(settings, settings.timeLimit()))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(settings.timeLimit()).build())
                    .build());
            factory.configure(builder -> builder
                    .circuitBreakerConfig(circuitBreaker(settings, settings.importTimeLimit()))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(settings.importTimeLimit()).build()),
                    PlatformService.INTAKE_IMPORT);
        };
    }

    private static CircuitBreakerConfig circuitBreaker(Settings settings, Duration slowCall) {
        // A time-based window and slow calls only at the time limit: under a burst (64 channel connections on a
        // cold JVM) a count window of 20 calls with a 2 s slow-call rule opened the breaker again and again and shed
        // almost every request with 503 while the services behind it were idle (docs/benchmarks.md).
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(slowCall)
                .slowCallRateThreshold(80)
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(10)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
    }
}
