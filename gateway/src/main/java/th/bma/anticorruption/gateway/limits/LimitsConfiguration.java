package th.bma.anticorruption.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's limits and header hygiene, as web filters around the whole exchange. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitSettings.class)
public class LimitsConfiguration {

    private static final int MAX_TRACKED_KEYS = 100_000;

    @Bean
    InboundHeaderHygiene inboundHeaderHygiene() {
        return new InboundHeaderHygiene();
    }

    @Bean
    ApiResponseHeaders apiResponseHeaders() {
        return new ApiResponseHeaders();
    }

    @Bean
    RateLimitFilter rateLimitFilter(LimitSettings settings) {
        return new RateLimitFilter(
                new RequestQuota(settings.clientRequestsPerSecond(), Duration.ofSeconds(1), MAX_TRACKED_KEYS),
                new RequestQuota(settings.trackingAttempts(), settings.trackingWindow(), MAX_TRACKED_KEYS));
    }

    @Bean
    BodySizeLimit bodySizeLimit(LimitSettings settings) {
        return new BodySizeLimit(settings.maxBodySize().toBytes());
    }
}
