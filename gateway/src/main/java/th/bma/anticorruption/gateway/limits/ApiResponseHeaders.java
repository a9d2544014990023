package th.bma.anticorruption.gateway.limits;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.web.ClientPath;

/**
 * API answers carry complaint and case data: never cached anywhere ({@code no-store}), never framed, never rendered
 * as a page. Set just before the response is committed, so a service's own headers cannot loosen them. Every other
 * answer (the pages) carries the page policy of {@code security/PageHeaders}.
 */
public class ApiResponseHeaders implements WebFilter, Ordered {

    /** Nothing in an API answer may run, load, frame or be framed. */
    public static final String API_POLICY = "default-src 'none'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ClientPath.normalised(exchange).startsWith("/api/")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.setCacheControl("no-store");
                headers.setPragma("no-cache");
                headers.remove(HttpHeaders.EXPIRES);
                headers.set("Content-Security-Policy", API_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
