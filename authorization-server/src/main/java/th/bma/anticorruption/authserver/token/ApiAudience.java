package th.bma.anticorruption.authserver.token;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Every access token names the platform's API as its audience ({@code platform.auth.audience}, the same value the
 * gateway and every service expect), in place of the client id that Spring Authorization Server writes by default.
 * A token issued for another audience, or by this server in another environment, is refused by the platform.
 */
public class ApiAudience implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audience;

    public ApiAudience(String audience) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalStateException("platform.auth.audience is empty: every access token needs an audience");
        }
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(audience));
        }
    }
}
