package th.bma.anticorruption.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The services' decoder against a real key-set endpoint that goes away: with a key set that has already expired
 * (lifespan 1 ms), a valid token is still accepted while the authorization server is down; without the outage
 * tolerance it is refused, which is what every service did during the fault suite's kill of the authorization server.
 * The issuer and the audience are checked: a token for another audience, or for none, is refused.
 */
class JwtDecoderAutoConfigurationTest {

    private static final String ISSUER = "http://localhost:9000";
    private static final List<String> AUDIENCES = List.of(ApiAudienceDefaults.LOCAL_AUDIENCE);

    private RSAKey key;
    private HttpServer authorizationServer;
    private String jwkSetUri;

    @BeforeEach
    void startKeySetEndpoint() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("platform-1").generate();
        byte[] keySet = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        authorizationServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        authorizationServer.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        authorizationServer.start();
        jwkSetUri = "http://127.0.0.1:" + authorizationServer.getAddress().getPort() + "/oauth2/jwks";
    }

    @AfterEach
    void stopKeySetEndpoint() {
        authorizationServer.stop(0);
    }

    @Test
    void aValidTokenIsAcceptedWhileTheAuthorizationServerIsDown() throws Exception {
        JwtDecoder decoder = JwtDecoderAutoConfiguration.decoder(jwkSetUri, ISSUER, AUDIENCES, Duration.ofMillis(1),
                JwtDecoderAutoConfiguration.OUTAGE_TOLERANCE);
        assertThat(decoder.decode(token(ISSUER)).getSubject()).isEqualTo("traffy-adapter");

        authorizationServer.stop(0);

        assertThat(decoder.decode(token(ISSUER)).getSubject()).isEqualTo("traffy-adapter");
    }

    @Test
    void withoutTheOutageToleranceTheSameTokenIsRefused() throws Exception {
        JwtDecoder decoder = JwtDecoderAutoConfiguration.decoder(jwkSetUri, ISSUER, AUDIENCES, Duration.ofMillis(1), Duration.ZERO);
        assertThat(decoder.decode(token(ISSUER)).getSubject()).isEqualTo("traffy-adapter");

        authorizationServer.stop(0);

        assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode(token(ISSUER)));
    }

    @Test
    void theIssuerIsStillChecked() throws Exception {
        JwtDecoder decoder = JwtDecoderAutoConfiguration.decoder(jwkSetUri, ISSUER, AUDIENCES, Duration.ofMinutes(5),
                JwtDecoderAutoConfiguration.OUTAGE_TOLERANCE);

        assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode(token("http://evil.example")));
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() throws Exception {
        JwtDecoder decoder = JwtDecoderAutoConfiguration.decoder(jwkSetUri, ISSUER, AUDIENCES, Duration.ofMinutes(5),
                JwtDecoderAutoConfiguration.OUTAGE_TOLERANCE);

        assertThat(decoder.decode(token(ISSUER, List.of("another-api", ApiAudienceDefaults.LOCAL_AUDIENCE)))
                .getAudience()).contains(ApiAudienceDefaults.LOCAL_AUDIENCE);
        assertThatExceptionOfType(JwtValidationException.class)
                .isThrownBy(() -> decoder.decode(token(ISSUER, List.of("bma-anticorruption-api-staging"))))
                .withMessageContaining("aud");
        assertThatExceptionOfType(JwtValidationException.class)
                .isThrownBy(() -> decoder.decode(token(ISSUER, List.of())));
    }

    @Test
    void theServicesDecoderExpectsTheConfiguredAudience() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JwtDecoderAutoConfiguration.class))
                .withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwkSetUri,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.audiences=bma-anticorruption-api-production")
                .run(context -> {
                    JwtDecoder decoder = context.getBean(JwtDecoder.class);
                    assertThat(decoder.decode(token(ISSUER, List.of("bma-anticorruption-api-production")))
                            .getSubject()).isEqualTo("traffy-adapter");
                    assertThatExceptionOfType(JwtValidationException.class)
                            .isThrownBy(() -> decoder.decode(token(ISSUER)));
                });
    }

    private String token(String issuer) throws JOSEException {
        return token(issuer, AUDIENCES);
    }

    private String token(String issuer, List<String> audiences) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("traffy-adapter").audience(audiences)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
