package th.bma.anticorruption.authserver.signin;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} in front of an authentication: a throttled attempt is refused with
 * {@link TooManyFailures} before the delegate sees it, a failure is counted, a success clears the count. The account
 * is the attempt's name (a user name, a client id) within its {@code kind}, so a person and a client of the same
 * name are counted apart; the address is the peer the request came from.
 */
public final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationManager delegate;
    private final SignInThrottle throttle;
    private final String kind;
    private final Class<? extends Authentication> attempts;

    public ThrottledAuthentication(AuthenticationManager delegate, SignInThrottle throttle, String kind,
            Class<? extends Authentication> attempts) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.kind = kind;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = kind + ':' + attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Optional<Duration> wait = throttle.check(account, address);
        if (wait.isPresent()) {
            throw new TooManyFailures(wait.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(attempt);
        } catch (AuthenticationException failure) {
            throttle.failed(account, address);
            throw failure;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(account, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return attempts.isAssignableFrom(authentication);
    }
}
