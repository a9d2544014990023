package th.bma.anticorruption.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.limits.ApiResponseHeaders;
import th.bma.anticorruption.gateway.web.Problems;

/**
 * A request the {@link RequestFirewall} refuses gets 400 problem+json naming the rule, instead of Spring Security's
 * empty 400. The strict firewall's own messages may quote a header's value, so its refusals get a fixed text.
 */
final class RejectedRequestProblems implements ServerExchangeRejectedHandler {

    static final String STRICT_DETAIL = "The request's path, method or a header is not in a form the gateway accepts: "
            + "no ';', '//', backslash, '.' or '..' segment, encoded '/', '.' or '%', or control character in the "
            + "path.";

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException refusal) {
        // refused before Spring Security's header writers run: the answer carries the API's headers itself
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("Content-Security-Policy", ApiResponseHeaders.API_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        String detail = refusal instanceof RequestFirewall.PathRefused path ? path.rule.detail : STRICT_DETAIL;
        return Problems.write(exchange, HttpStatus.BAD_REQUEST, "Request refused", detail);
    }
}
