package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import th.bma.anticorruption.testkit.MutableClock;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void eachTokenIsForgottenAtItsOwnExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Runnable::run);
        tokens.remember("short", jwt("short", NOW.plusSeconds(60)));
        tokens.remember("long", jwt("long", NOW.plusSeconds(600)));

        clock.set(NOW.plusSeconds(61));

        assertThat(tokens.known("short")).isEmpty();
        assertThat(tokens.known("long")).isPresent();
    }

    @Test
    void aTokenWithoutAnExpiryAheadIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Runnable::run);
        tokens.remember("expired", jwt("expired", NOW.minusSeconds(1)));

        assertThat(tokens.known("expired")).isEmpty();
    }

    @Test
    void whenFullItEvictsSomeTokensButKeepsTheCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 2, Runnable::run);
        Stream.of("token-1", "token-2", "token-3").forEach(t -> tokens.remember(t, jwt(t, NOW.plusSeconds(300))));

        long kept = Stream.of("token-1", "token-2", "token-3").filter(t -> tokens.known(t).isPresent()).count();

        assertThat(kept).as("bounded, and not emptied whole when full").isEqualTo(2);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("traffy-adapter")
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
    }
}
