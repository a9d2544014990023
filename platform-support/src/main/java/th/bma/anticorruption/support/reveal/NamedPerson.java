package th.bma.anticorruption.support.reveal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Who may reveal: a person who signed in (authorization code), never a client with its own credentials. The
 * authorization server says which in the access token's {@value #SUBJECT_KIND_CLAIM} claim: {@value #USER} for a
 * signed-in user, {@value #CLIENT} for a client-credentials token (whose {@code sub} is the client id). A token
 * without the claim is no person's.
 */
public final class NamedPerson {

    public static final String SUBJECT_KIND_CLAIM = "subject_kind";
    public static final String USER = "user";
    public static final String CLIENT = "client";

    private NamedPerson() {
    }

    /** The signed-in person's user name; 403 problem+json for anything else. */
    public static String require(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                && USER.equals(jwt.getClaimAsString(SUBJECT_KIND_CLAIM)) && jwt.getSubject() != null
                && !jwt.getSubject().isBlank()) {
            return jwt.getSubject();
        }
        throw new RequestRejectedException(HttpStatus.FORBIDDEN, "A reveal is made by a named person.",
                List.of(new FieldViolation("token", "named-person",
                        "Sign in as yourself (authorization code); a client's own token may not reveal.")));
    }
}
