package th.bma.anticorruption.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for, before routing or a fallback forward rewrites the request, so a problem
 * answer's {@code instance} names what the client called rather than an internal path.
 */
@Component
public class ClientPath implements WebFilter, Ordered {

    private static final String ATTRIBUTE = ClientPath.class.getName();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, exchange.getRequest().getPath().value());
    }
}
