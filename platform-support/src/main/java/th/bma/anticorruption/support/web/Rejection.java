package th.bma.anticorruption.support.web;

import org.springframework.http.HttpStatus;

/**
 * Why a request was refused, in the domain's words, so that domain code can reject without naming HTTP: the web edge
 * turns each kind into its status.
 */
public enum Rejection {

    /** A field breaks a rule of form or content. */
    INVALID(HttpStatus.BAD_REQUEST),
    /** The request is well formed, but the caller may not make it (whatever their role allows otherwise). */
    FORBIDDEN(HttpStatus.FORBIDDEN),
    /** The request is well formed but the state it acts on has moved on (a stale version, a duplicate, a wrong step). */
    CONFLICT(HttpStatus.CONFLICT),
    /** The request is well formed and current, but the domain cannot carry it out as asked. */
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY);

    private final HttpStatus status;

    Rejection(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
