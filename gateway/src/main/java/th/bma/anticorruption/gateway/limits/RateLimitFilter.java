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
import th.bma.anticorruption.gateway.web.ClientPath;
import th.bma.anticorruption.gateway.web.Problems;

/**
 * 429 with Retry-After when a client (the token's subject) exceeds its rate, when one source address sends too many
 * requests without a token, or when it tries too many tracking codes: the public API ({@code /api/public/**}, public
 * tracking and the complainant's conversation) is where codes could be guessed, so it has its own, much smaller
 * limit on top of the anonymous one. Runs after authentication, on the path as routing and security read it
 * ({@link ClientPath#normalised}), so no spelling of a path escapes its limit. Health and metrics ({@code /actuator})
 * are not limited: the platform's own probes call them. The source is the client address {@link InboundHeaderHygiene}
 * recorded (see {@link ClientAddresses}), else the peer. The address is used as a key in memory only; it is never
 * logged (a complainant-facing route).
 */
public class RateLimitFilter implements WebFilter, Ordered {

    public static final String PUBLIC_TRACKING_PATH = "/api/public/track";

    /** Every path under it is open without a token and shares the tracking limit. */
    public static final String PUBLIC_API_PREFIX = "/api/public/";

    private final RequestQuota perClient;
    private final RequestQuota perTrackingSource;
    private final RequestQuota perAnonymousSource;

    public RateLimitFilter(RequestQuota perClient, RequestQuota perTrackingSource, RequestQuota perAnonymousSource) {
        this.perClient = perClient;
        this.perTrackingSource = perTrackingSource;
        this.perAnonymousSource = perAnonymousSource;
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security's chain (-100): the principal is known
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = ClientPath.normalised(exchange);
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        // with or without a token: a token must not buy more guesses
        Optional<Duration> publicWait = path.startsWith(PUBLIC_API_PREFIX)
                ? perTrackingSource.take(sourceOf(exchange)) : Optional.empty();
        if (publicWait.isPresent()) {
            return tooMany(exchange, publicWait.get(),
                    "Too many tracking attempts from your connection; try again later.");
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(client -> limited(perClient.take(client), "Your client sends too many requests; slow down."))
                .switchIfEmpty(Mono.fromSupplier(() -> limited(perAnonymousSource.take(sourceOf(exchange)),
                        "Too many requests without sign-in from your connection; try again later.")))
                .flatMap(refusal -> refusal.isPresent()
                        ? tooMany(exchange, refusal.get().retryAfter(), refusal.get().detail())
                        : chain.filter(exchange));
    }

    private static Optional<Refusal> limited(Optional<Duration> wait, String detail) {
        return wait.map(w -> new Refusal(w, detail));
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

    private record Refusal(Duration retryAfter, String detail) {
    }
}
