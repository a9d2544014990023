package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    private final JwtDecoder signatureChecking = token -> {
        decoded.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("traffy-adapter")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(300)).build();
    };

    @Test
    void aValidTokenIsVerifiedOnceUntilItExpires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking, Clock.fixed(NOW, ZoneOffset.UTC), 10);

        Jwt first = cache.decode("token-1");
        Jwt again = cache.decode("token-1");

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("token-1");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoder() {
        VerifiedTokenCache fresh = new VerifiedTokenCache(signatureChecking, Clock.fixed(NOW, ZoneOffset.UTC), 10);
        fresh.decode("token-1");
        VerifiedTokenCache later = new VerifiedTokenCache(signatureChecking,
                Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC), 10);
        later.decode("token-1");

        later.decode("token-1");

        assertThat(decoded).as("past its expiry the cached token is not served").containsExactly("token-1", "token-1",
                "token-1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking, Clock.fixed(NOW, ZoneOffset.UTC), 10);

        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-1"));
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-1"));

        assertThat(decoded).containsExactly("forged-1", "forged-1");
    }
}
