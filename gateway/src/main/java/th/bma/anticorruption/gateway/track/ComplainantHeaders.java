package th.bma.anticorruption.gateway.track;

import java.util.List;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

import th.bma.anticorruption.gateway.limits.RateLimitFilter;
import th.bma.anticorruption.gateway.web.ClientPath;

/**
 * What a complainant's browser says about them never leaves the gateway: on the public API (tracking and the
 * conversation) the request reaches the service without its network address (the gateway's own
 * {@code X-Forwarded-*} and {@code Forwarded}), browser ({@code User-Agent}, client hints), language, referrer or
 * cookies. Runs last among the headers filters, after the gateway added its forwarding headers. The gateway itself
 * uses the address only as a rate-limit key in memory.
 */
public class ComplainantHeaders implements HttpHeadersFilter, Ordered {

    static final List<String> REVEALING = List.of(HttpHeaders.USER_AGENT, HttpHeaders.REFERER, HttpHeaders.COOKIE,
            HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.FROM, HttpHeaders.VIA, "Forwarded", "DNT");
    static final List<String> REVEALING_PREFIXES = List.of("x-forwarded-", "sec-ch-ua");

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (!ClientPath.normalised(exchange).startsWith(RateLimitFilter.PUBLIC_API_PREFIX)) {
            return input;
        }
        HttpHeaders kept = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!revealing(name)) {
                kept.addAll(name, values);
            }
        });
        return kept;
    }

    static boolean revealing(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return REVEALING.stream().anyMatch(h -> h.equalsIgnoreCase(name))
                || REVEALING_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
