package th.bma.anticorruption.gateway.web;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The path the client asked for, remembered before routing or a fallback forward rewrites the request, in two forms:
 * as sent ({@link #of}), for a problem answer's {@code instance}, and as routing and security understand it
 * ({@link #normalised}), for every decision the gateway's own filters take (rate limits, body limits, headers). The
 * request firewall refuses any path whose two forms differ in more than the encoding of non-ASCII characters
 * ({@code security/RequestFirewall}); the filters decide on the normalised form all the same, so no spelling can
 * take a request past them.
 */
@Component
public class ClientPath implements WebFilter, Ordered {

    private static final String ATTRIBUTE = ClientPath.class.getName();
    private static final String NORMALISED = ClientPath.class.getName() + ".normalised";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        exchange.getAttributes().putIfAbsent(NORMALISED, normalise(exchange.getRequest()));
        return chain.filter(exchange);
    }

    /** The path as the client sent it. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, exchange.getRequest().getPath().value());
    }

    /**
     * The path as the client's request means it: percent-escapes decoded, matrix parameters dropped, empty and
     * {@code .} segments dropped, {@code ..} resolved, no trailing slash ({@code /api/public/%74rack/} and
     * {@code /api//public/x/../track;x=1} are both {@code /api/public/track}).
     */
    public static String normalised(ServerWebExchange exchange) {
        String recorded = exchange.getAttribute(NORMALISED);
        return recorded != null ? recorded : normalise(exchange.getRequest());
    }

    static String normalise(ServerHttpRequest request) {
        Deque<String> segments = new ArrayDeque<>();
        for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                String value = segment.valueToMatch();
                if (value.equals("..")) {
                    segments.pollLast();
                } else if (!value.isEmpty() && !value.equals(".")) {
                    segments.addLast(value);
                }
            }
        }
        return "/" + String.join("/", segments);
    }
}
