package th.bma.anticorruption.support.security;

import java.time.Clock;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Decodes each bearer token once: a channel adapter sends hundreds of requests with the same client-credentials
 * token, and checking its RSA signature again for every one of them was a fifth of a service's CPU under load. A
 * token that passed every check is remembered (by its exact text) until it expires; anything else goes to the
 * delegate every time, so a forged or expired token is never taken from here. At most {@code capacity} tokens are
 * kept (see {@link VerifiedTokens}).
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    public VerifiedTokenCache(JwtDecoder delegate, Clock clock, int capacity) {
        this(delegate, new VerifiedTokens(clock, capacity));
    }

    VerifiedTokenCache(JwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.known(token).orElseGet(() -> {
            Jwt jwt = delegate.decode(token);
            verified.remember(token, jwt);
            return jwt;
        });
    }
}
