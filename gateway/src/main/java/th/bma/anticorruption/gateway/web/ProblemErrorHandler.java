package th.bma.anticorruption.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Errors raised inside the gateway itself (no route, a broken upstream answer, a bug) as problem+json, before Boot's
 * JSON error page: the status and a fixed text, never the exception's message, which might quote request data.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ResponseStatusException rse
                ? rse.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Gateway error on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), error);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Problems.write(exchange, status, title, status.is5xxServerError()
                ? "The gateway could not complete the request." : "The request cannot be served as sent.");
    }
}
