package th.bma.anticorruption.gateway.limits;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.web.Problems;

/**
 * 429 with Retry-After when a client (the token's subject) exceeds its rate, or when one source address tries too
 * many tracking codes: the public tracking endpoint is where codes could be guessed. Runs after authentication.
 * The source is the client address {@link InboundHeaderHygiene} recorded (see {@link ClientAddresses}), else the
 * peer. The address is used as a key in memory only; it is never logged (a complainant-facing route).
 */
public class RateLimitFilter implements WebFilter, Ordered {

    public static final String PUBLIC_TRACKING_PATH = "/api/public/track";

    private final RequestQuota perClient;
    private final RequestQuota perTrackingSource;

    public RateLimitFilter(RequestQuota perClient, RequestQuota perTrackingSource) {
        this.perClient = perClient;
        this.perTrackingSource = perTrackingSource;
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security's chain (-100): the principal is known
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        if (PUBLIC_TRACKING_PATH.equals(path)) {
            Optional<Duration> wait = perTrackingSource.take(sourceOf(exchange));
            return wait.isPresent() ? tooMany(exchange, wait.get(),
                    "Too many tracking attempts from your connection; try again later.") : chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(perClient::take)
                .defaultIfEmpty(Optional.empty())
                .flatMap(wait -> wait.isPresent()
                        ? tooMany(exchange, wait.get(), "Your client sends too many requests; slow down.")
                        : chain.filter(exchange));
    }

    private static String sourceOf(ServerWebExchange exchange) {
        String client = exchange.getAttribute(ClientAddresses.ATTRIBUTE);
        if (client != null) {
            return client;
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, Duration wait, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
    }
}
