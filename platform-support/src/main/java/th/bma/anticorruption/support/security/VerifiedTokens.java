package th.bma.anticorruption.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import org.springframework.security.oauth2.jwt.Jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Bearer tokens that passed every check, remembered by their exact text until each one's own expiry, at most
 * {@code capacity} of them (Caffeine evicts the least useful one when full, so a flood of new tokens cannot push the
 * busy ones out all at once). Time is the given clock's, so expiry follows the platform's clock.
 */
public final class VerifiedTokens {

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(Clock clock, int capacity) {
        this(clock, capacity, ForkJoinPool.commonPool());
    }

    VerifiedTokens(Clock clock, int capacity, Executor maintenance) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .ticker(() -> nanosOf(clock.instant()))
                .executor(maintenance)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> untilExpiry(jwt)))
                .build();
    }

    /** The token's verified form, if it was verified and has not expired. */
    public Optional<Jwt> known(String token) {
        return Optional.ofNullable(verified.getIfPresent(token));
    }

    /** Remembers a token that passed every check, if it has an expiry still ahead. */
    public void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            verified.put(token, jwt);
        }
    }

    private Duration untilExpiry(Jwt jwt) {
        return Duration.between(clock.instant(), jwt.getExpiresAt());
    }

    private static long nanosOf(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
