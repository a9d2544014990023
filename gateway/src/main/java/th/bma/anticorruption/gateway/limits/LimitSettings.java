package th.bma.anticorruption.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.gateway.limits.*}: requests per window per client (token subject), requests without a token per
 * window per source address, tracking attempts (the public API) per window per source address, and the largest
 * request body (the streamed CSV import is exempt).
 */
@ConfigurationProperties("platform.gateway.limits")
public record LimitSettings(int clientRequests, Duration clientWindow, int anonymousRequests, Duration anonymousWindow,
        int trackingAttempts, Duration trackingWindow, DataSize maxBodySize, DataSize maxMessageBodySize) {

    public LimitSettings {
        clientRequests = clientRequests > 0 ? clientRequests : 2000;
        clientWindow = clientWindow != null ? clientWindow : Duration.ofSeconds(1);
        anonymousRequests = anonymousRequests > 0 ? anonymousRequests : 300;
        anonymousWindow = anonymousWindow != null ? anonymousWindow : Duration.ofMinutes(1);
        trackingAttempts = trackingAttempts > 0 ? trackingAttempts : 10;
        trackingWindow = trackingWindow != null ? trackingWindow : Duration.ofMinutes(10);
        maxBodySize = maxBodySize != null ? maxBodySize : DataSize.ofKilobytes(256);
        maxMessageBodySize = maxMessageBodySize != null ? maxMessageBodySize : DataSize.ofMegabytes(16);
    }
}
