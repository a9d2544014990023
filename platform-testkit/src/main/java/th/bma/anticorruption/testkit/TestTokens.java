package th.bma.anticorruption.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens like the authorization server does ({@code roles}, optional {@code unit} or {@code channel}, the local
 * run's audience), for service tests that run without it. A service under test trusts {@link #jwkSetJson()} (serve
 * it, or decode with {@link #publicKey()}). {@link #claims} and {@link #sign} make any other token (another audience,
 * a scope).
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:9000";

    /** The audience the platform expects when nothing else is configured (platform-support's ApiAudienceDefaults). */
    public static final String AUDIENCE = "bma-anticorruption-api-local";

    private final RSAKey key;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.security.interfaces.RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String token(String subject, String role) {
        return token(subject, List.of(role), null, ISSUER, Duration.ofMinutes(5));
    }

    public String scopedToken(String subject, String role, String unit) {
        return token(subject, List.of(role), unit, ISSUER, Duration.ofMinutes(5));
    }

    /**
     * A signed-in person's token, as the authorization server issues one for the authorization-code grant: its
     * {@code subject_kind} claim says {@code user} (a client-credentials token says {@code client}).
     */
    public String personToken(String username, String role) {
        return token(username, List.of(role), null, ISSUER, Duration.ofMinutes(5), Map.of("subject_kind", "user"));
    }

    /** A channel adapter's token: role CHANNEL_ADAPTER and the one channel it pushes ({@code TRAFFY_FONDUE}, …). */
    public String channelToken(String subject, String channel) {
        return token(subject, List.of("CHANNEL_ADAPTER"), null, ISSUER, Duration.ofMinutes(5),
                Map.of("channel", channel));
    }

    public String token(String subject, List<String> roles, String unit, String issuer, Duration validFor) {
        return token(subject, roles, unit, issuer, validFor, Map.of());
    }

    /**
     * A token with further claims beside the platform's own; {@code subject_kind} is {@code client} unless the
     * further claims say otherwise.
     */
    public String token(String subject, List<String> roles, String unit, String issuer, Duration validFor,
            Map<String, Object> otherClaims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = claims(subject, roles)
                .issuer(issuer)
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("subject_kind", "client");
        if (unit != null) {
            claims.claim("unit", unit);
        }
        otherClaims.forEach(claims::claim);
        return sign(claims);
    }

    /** The claims of a five-minute token for the subject and roles, to change before {@link #sign signing}. */
    public JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("roles", roles);
    }

    public String sign(JWTClaimsSet.Builder claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
