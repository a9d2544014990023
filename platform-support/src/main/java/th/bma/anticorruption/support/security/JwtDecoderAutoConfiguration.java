package th.bma.anticorruption.support.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The services' JWT decoder: Boot's, except that the authorization server's signing keys stay usable while it is
 * down. Boot's decoder keeps the key set five minutes; if that cache expires during an outage of the authorization
 * server, every service refuses every valid token with 401 until it is back (the fault suite's kill of the
 * authorization server saw 32 valid complaints refused). Here the keys last fetched are served for up to
 * {@link #OUTAGE_TOLERANCE} while the key set cannot be fetched; a token with an unknown key id still makes the
 * decoder fetch the set again (key rotation), and the issuer and the audience are checked as Boot checks them: a token
 * must name one of {@code spring.security.oauth2.resourceserver.jwt.audiences} in its {@code aud} (the platform's
 * audience, {@link ApiAudienceDefaults}), so a token the authorization server issued for anything else is refused.
 * Each token is verified once ({@link VerifiedTokenCache}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(NimbusJwtDecoder.class)
@ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
public class JwtDecoderAutoConfiguration {

    /** How long the last key set is trusted while the authorization server cannot be reached. */
    public static final Duration OUTAGE_TOLERANCE = Duration.ofHours(12);
    static final Duration KEY_SET_LIFESPAN = Duration.ofMinutes(5);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final int VERIFIED_TOKENS = 10_000;

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences)
            throws MalformedURLException {
        // the system clock, as the token's own expiry check uses it (a test clock must not keep a token alive)
        return new VerifiedTokenCache(decoder(jwkSetUri, issuer, audiences, KEY_SET_LIFESPAN, OUTAGE_TOLERANCE),
                Clock.systemUTC(), VERIFIED_TOKENS);
    }

    static NimbusJwtDecoder decoder(String jwkSetUri, String issuer, List<String> audiences, Duration keySetLifespan,
            Duration outageTolerance) throws MalformedURLException {
        JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.<SecurityContext>create(URI.create(jwkSetUri).toURL())
                .cache(keySetLifespan.toMillis(), FETCH_TIMEOUT.toMillis())
                // refreshed in the background 30 s before it expires, when the lifespan leaves room for that
                .refreshAheadCache(keySetLifespan.compareTo(Duration.ofMinutes(1)) > 0)
                .rateLimited(false);
        if (!outageTolerance.isZero()) {
            builder.outageTolerant(outageTolerance.toMillis());
        }
        JWKSource<SecurityContext> keys = builder.build();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer.isBlank() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        List<String> expected = audiences.stream().filter(audience -> !audience.isBlank()).toList();
        if (!expected.isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && !Collections.disjoint(aud, expected)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
