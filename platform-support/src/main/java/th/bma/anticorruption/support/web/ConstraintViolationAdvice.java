package th.bma.anticorruption.support.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * Method validation of query and path parameters ({@code @Validated} controllers, e.g. a negative page) as 400
 * problem+json naming each parameter and its rule. Apart from {@link ProblemDetailsAdvice} because only services with
 * Bean Validation on the class path have it (the authorization server does not).
 */
@RestControllerAdvice
public class ConstraintViolationAdvice {

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(violation -> new FieldViolation(leafName(violation.getPropertyPath()), ruleOf(violation),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return ProblemDetailsAdvice.badRequest("The request breaks " + violations.size() + " rule(s).", violations);
    }

    private static String leafName(Path path) {
        String name = "request";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
