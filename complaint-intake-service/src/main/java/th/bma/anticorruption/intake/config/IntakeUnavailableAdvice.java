package th.bma.anticorruption.intake.config;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.bma.anticorruption.intake.complaint.IntakeUnavailableException;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.ProblemDetailsAdvice;

/**
 * A record whose batch could not be stored or announced: 503 problem+json with {@code Retry-After}, so the channel
 * sends it again (and is then answered as for the same record).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeUnavailableAdvice {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Not stored: send again");
        problem.setProperty(ProblemDetailsAdvice.VIOLATIONS, List.of(new FieldViolation("request", "not-durable", e.getMessage())));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
