package th.bma.anticorruption.cases.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.bma.anticorruption.cases.lifecycle.ActionDetailRejectedException;
import th.bma.anticorruption.cases.lifecycle.IllegalCaseTransitionException;
import th.bma.anticorruption.cases.lifecycle.NotOnFollowUpListException;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.ProblemDetailsAdvice;

/**
 * Problem+json for the case rules: 409 for a transition the state forbids or a follow-up on a case not listed, 400
 * for a missing or invalid detail (naming the field and the rule), 403.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemAdvice {

    @ExceptionHandler(IllegalCaseTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalCaseTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Action not allowed in this state");
        problem.setProperty("currentState", e.currentState().name());
        problem.setProperty("action", e.action().pathName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ActionDetailRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedDetail(ActionDetailRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Request rejected");
        problem.setProperty(ProblemDetailsAdvice.VIOLATIONS,
                List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotOnFollowUpListException.class)
    ResponseEntity<ProblemDetail> notListed(NotOnFollowUpListException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not on the follow-up list");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
