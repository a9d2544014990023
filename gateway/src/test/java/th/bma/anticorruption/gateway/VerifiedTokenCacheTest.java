package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.security.VerifiedTokenCache;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private final List<String> decoded = new CopyOnWriteArrayList<>();
    private final ReactiveJwtDecoder signatureChecking = token -> Mono.defer(() -> {
        decoded.add(token);
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("traffy-adapter")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(300)).build());
    });

    @Test
    void aValidTokenIsVerifiedOnceUntilItExpires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking, Clock.fixed(NOW, ZoneOffset.UTC), 10);

        Jwt first = cache.decode("token-1").block();
        Jwt again = cache.decode("token-1").block();

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("token-1");
    }

    @Test
    void pastItsExpiryATokenGoesBackToTheDecoder() {
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking,
                Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC), 10);

        cache.decode("token-1").block();
        cache.decode("token-1").block();

        assertThat(decoded).containsExactly("token-1", "token-1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureChecking, Clock.fixed(NOW, ZoneOffset.UTC), 10);

        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-1").block());
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged-1").block());

        assertThat(decoded).containsExactly("forged-1", "forged-1");
    }

    @Test
    void theApplicationsDecoderIsWrappedWithTheApplicationsClock() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("clock", Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC)));
        BeanPostProcessor wrapping = VerifiedTokenCache.wrapping(10, beans.getBeanProvider(Clock.class));

        ReactiveJwtDecoder decoder = (ReactiveJwtDecoder) wrapping.postProcessAfterInitialization(signatureChecking,
                "jwtDecoder");
        decoder.decode("token-1").block();
        decoder.decode("token-1").block();

        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
        assertThat(decoded).as("expired by the application's clock, so never taken from memory")
                .containsExactly("token-1", "token-1");
    }
}
