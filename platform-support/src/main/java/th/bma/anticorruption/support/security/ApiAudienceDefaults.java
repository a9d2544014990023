package th.bma.anticorruption.support.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The audience of the platform's access tokens, as defaults of the lowest precedence: {@value #AUDIENCE_PROPERTY}
 * (the authorization server writes it into every access token's {@code aud}) and the resource servers' expected
 * audience ({@code spring.security.oauth2.resourceserver.jwt.audiences}, checked by the gateway through Spring Boot and
 * by every service through {@link JwtDecoderAutoConfiguration}) follow one value, so they cannot drift apart. The
 * default names the local run; each environment sets its own ({@code PLATFORM_AUTH_AUDIENCE}, the same for the
 * authorization server, the gateway and every service), so a token issued for one environment is refused in another
 * even where they share an issuer.
 */
public class ApiAudienceDefaults implements EnvironmentPostProcessor {

    public static final String AUDIENCE_PROPERTY = "platform.auth.audience";

    /** The local run's audience. */
    public static final String LOCAL_AUDIENCE = "bma-anticorruption-api-local";

    static final String RESOURCE_SERVER_AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    static final String SOURCE_NAME = "platformApiAudienceDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            AUDIENCE_PROPERTY, LOCAL_AUDIENCE,
            RESOURCE_SERVER_AUDIENCES, "${" + AUDIENCE_PROPERTY + "}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
        }
    }
}
