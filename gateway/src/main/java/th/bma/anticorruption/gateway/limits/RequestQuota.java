package th.bma.anticorruption.gateway.limits;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * A number of permits per period for each key (a client, a source address), with Resilience4j rate limiters.
 * Limiters whose window is full again carry no information and are dropped when the map grows, so a flood of new
 * keys costs bounded memory.
 */
public final class RequestQuota {

    private final RateLimiterConfig config;
    private final int maxKeys;
    private final ConcurrentMap<String, AtomicRateLimiter> limiters = new ConcurrentHashMap<>();

    public RequestQuota(int permits, Duration period, int maxKeys) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
        this.maxKeys = maxKeys;
    }

    /** Takes a permit for the key: empty when granted, otherwise how long until the next one. */
    public Optional<Duration> take(String key) {
        if (limiters.size() >= maxKeys) {
            forgetIdleKeys();
        }
        AtomicRateLimiter limiter = limiters.computeIfAbsent(key, k -> new AtomicRateLimiter("quota", config));
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        long nanos = Math.max(limiter.getDetailedMetrics().getNanosToWait(), 1);
        return Optional.of(Duration.ofNanos(nanos));
    }

    int trackedKeys() {
        return limiters.size();
    }

    private void forgetIdleKeys() {
        limiters.values().removeIf(limiter -> limiter.getMetrics().getAvailablePermissions() >= config.getLimitForPeriod());
    }

}
