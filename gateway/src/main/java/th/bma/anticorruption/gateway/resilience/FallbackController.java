package th.bma.anticorruption.gateway.resilience;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Hidden;
import th.bma.anticorruption.gateway.web.ClientPath;

/**
 * Where an open circuit breaker or a timed-out call lands (forwarded inside the gateway, not reachable from outside):
 * a quick 503 problem that says which service is unavailable and when to try again.
 */
@Hidden
@RestController
public class FallbackController {

    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The " + service + " service is not answering; please try again shortly.");
        problem.setTitle("Service unavailable");
        problem.setInstance(URI.create(ClientPath.of(exchange)));
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(problem);
    }
}
