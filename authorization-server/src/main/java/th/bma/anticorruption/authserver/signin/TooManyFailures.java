package th.bma.anticorruption.authserver.signin;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An attempt refused by the {@link SignInThrottle} before any password or secret was checked. An OAuth2 error, so
 * that the token endpoint's client authentication hands it to its error handler like any other failure.
 */
public final class TooManyFailures extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyFailures(Duration retryAfter) {
        super(new OAuth2Error("temporarily_unavailable", "Too many failed attempts; retry later.", null));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
