package th.bma.anticorruption.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's limits and header hygiene, as web filters around the whole exchange. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LimitSettings.class, TrustedProxySettings.class})
public class LimitsConfiguration {

    private static final int MAX_TRACKED_KEYS = 100_000;

    @Bean
    InboundHeaderHygiene inboundHeaderHygiene(TrustedProxySettings proxies) {
        return new InboundHeaderHygiene(new ClientAddresses(proxies.trustedProxies()));
    }

    @Bean
    ApiResponseHeaders apiResponseHeaders() {
        return new ApiResponseHeaders();
    }

    @Bean
    RateLimitFilter rateLimitFilter(LimitSettings settings) {
        return new RateLimitFilter(
                new RequestQuota(settings.clientRequests(), settings.clientWindow(), MAX_TRACKED_KEYS),
                new RequestQuota(settings.trackingAttempts(), settings.trackingWindow(), MAX_TRACKED_KEYS),
                new RequestQuota(settings.anonymousRequests(), settings.anonymousWindow(), MAX_TRACKED_KEYS));
    }

    @Bean
    BodySizeLimit bodySizeLimit(LimitSettings settings) {
        return new BodySizeLimit(settings.maxBodySize().toBytes(), settings.maxMessageBodySize().toBytes());
    }
}
