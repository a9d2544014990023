package th.bma.anticorruption.authserver.signin;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One throttle for the sign-in form and the token endpoint's client authentication (see {@link SignInThrottle}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottleSettings.class)
public class ThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(ThrottleSettings settings, Clock clock) {
        return new SignInThrottle(settings, clock);
    }
}
