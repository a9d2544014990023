package th.bma.anticorruption.gateway.limits;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Drops, before anything else looks at the request, the headers a client could forge to pass for someone else or
 * somewhere else: forwarding headers (the gateway adds true ones itself when proxying) and identity headers that a
 * service behind a trusting proxy might believe. Identity reaches the services only in the verified bearer token.
 * Just before, it records the client's address ({@link ClientAddresses}: the forwarding headers count only from a
 * trusted proxy) in the exchange attribute {@link ClientAddresses#ATTRIBUTE}.
 */
public class InboundHeaderHygiene implements WebFilter, Ordered {

    private static final Set<String> FORGEABLE = Set.of("forwarded", "x-real-ip", "x-client-ip", "true-client-ip",
            "cf-connecting-ip", "x-original-forwarded-for", "x-cluster-client-ip", "remote-user", "x-remote-user",
            "x-user", "x-user-id", "x-username", "x-roles", "x-role", "x-unit", "x-client-id", "x-authenticated-user",
            "x-auth-request-user", "x-auth-request-email", "x-authenticated-userid", "x-consumer-username");

    private static final List<String> FORGEABLE_PREFIXES = List.of("x-forwarded-", "x-user-", "x-auth-",
            "x-authenticated-", "x-roles-", "x-original-");

    private final ClientAddresses clientAddresses;

    public InboundHeaderHygiene(ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        exchange.getAttributes().put(ClientAddresses.ATTRIBUTE, clientAddresses.of(request));
        boolean forged = request.getHeaders().headerNames().stream().anyMatch(InboundHeaderHygiene::isForgeable);
        if (!forged) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = request.mutate()
                .headers(headers -> headers.headerNames().stream()
                        .filter(InboundHeaderHygiene::isForgeable)
                        .toList()
                        .forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    static boolean isForgeable(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return FORGEABLE.contains(name) || FORGEABLE_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
