package th.bma.anticorruption.support.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Decodes each bearer token once: a channel adapter sends hundreds of requests with the same client-credentials
 * token, and checking its RSA signature again for every one of them was a fifth of a service's CPU under load. A
 * token that passed every check is remembered (by its exact text) until it expires; anything else goes to the
 * delegate every time, so a forged or expired token is never taken from here. At most {@code capacity} tokens are
 * kept; when full, the cache starts again empty rather than grow with whatever callers send.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JwtDecoder delegate, Clock clock, int capacity) {
        this.delegate = delegate;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
