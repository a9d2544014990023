package th.bma.anticorruption.support.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Thrown by domain validation: becomes a 4xx problem+json listing every {@link FieldViolation}.
 * Nothing about the request's content beyond field names and rules goes into the message (no personal data).
 */
public class RequestRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldViolation> violations;

    public RequestRejectedException(HttpStatus status, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    /** A rejection raised by domain code, which names the kind of refusal rather than an HTTP status. */
    public RequestRejectedException(Rejection kind, String detail, List<FieldViolation> violations) {
        this(kind.status(), detail, violations);
    }

    public RequestRejectedException(List<FieldViolation> violations) {
        this(HttpStatus.BAD_REQUEST, "The request breaks " + violations.size() + " rule(s).", violations);
    }

    public static RequestRejectedException of(String field, String rule, String message) {
        return new RequestRejectedException(List.of(new FieldViolation(field, rule, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
