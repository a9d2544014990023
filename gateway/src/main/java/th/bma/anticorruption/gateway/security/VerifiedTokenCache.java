package th.bma.anticorruption.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.support.security.VerifiedTokens;

/**
 * Verifies each bearer token once: a channel adapter sends hundreds of requests with the same client-credentials
 * token, and the RSA signature check of every one of them was the largest part of the gateway's JWT work under
 * load. A token that passed every check is remembered (by its exact text) until it expires; anything else goes to
 * the decoder every time, so a forged or expired token is never taken from here. At most {@code capacity} tokens are
 * kept (see {@link VerifiedTokens}).
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    public VerifiedTokenCache(ReactiveJwtDecoder delegate, Clock clock, int capacity) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(clock, capacity);
    }

    /**
     * Wraps the application's decoder, whoever defined it (Boot from the key-set URI, or a test), with expiry judged
     * by the application's clock (looked up when the decoder is wrapped, not when the post-processor is made).
     */
    public static BeanPostProcessor wrapping(int capacity, ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder, clock.getIfAvailable(Clock::systemUTC), capacity) : bean;
            }
        };
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return verified.known(token).map(Mono::just)
                .orElseGet(() -> delegate.decode(token).doOnNext(jwt -> verified.remember(token, jwt)));
    }
}
