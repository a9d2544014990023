package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.limits.RateLimitFilter;
import th.bma.anticorruption.gateway.limits.RequestQuota;

/**
 * The limits on their own: per client, per address without a token, and the tracking limit on every path under
 * /api/public/, each decided on the path as routing reads it.
 */
class RateLimitFilterTest {

    private final AtomicInteger forwarded = new AtomicInteger();
    private final WebFilterChain chain = exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
    };
    private final RateLimitFilter filter = new RateLimitFilter(new RequestQuota(2, Duration.ofMinutes(1), 100),
            new RequestQuota(1, Duration.ofMinutes(10), 100), new RequestQuota(3, Duration.ofMinutes(1), 100));

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersAreUnaffected() {
        filter.filter(asClient("traffy-adapter", "/api/cases"), chain).block();
        filter.filter(asClient("traffy-adapter", "/api/cases"), chain).block();
        ServerWebExchange third = asClient("traffy-adapter", "/api/cases");
        filter.filter(third, chain).block();
        filter.filter(asClient("hotline-adapter", "/api/cases"), chain).block();

        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(third.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 60L);
        assertThat(forwarded).hasValue(3);
    }

    @Test
    void healthAndMetricsAreNotRateLimited() {
        for (int i = 0; i < 5; i++) {
            filter.filter(anonymous("/actuator/health", "192.0.2.1"), chain).block();
        }

        assertThat(forwarded).hasValue(5);
    }

    @Test
    void requestsWithoutATokenAreLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            filter.filter(anonymous("/dashboard/", "192.0.2.2"), chain).block();
        }
        ServerWebExchange fourth = anonymous("/v3/api-docs", "192.0.2.2");
        filter.filter(fourth, chain).block();
        filter.filter(anonymous("/dashboard/", "192.0.2.3"), chain).block();

        assertThat(fourth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(forwarded).hasValue(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/%74rack", "/api//public/track/", "/api/public/x/../track",
            "/api/public;x=1/track;y=2", "/api/public/./track"})
    void theTrackingLimitHoldsWhateverTheSpellingOfThePath(String spelling) {
        filter.filter(anonymous("/api/public/track", "192.0.2.4"), chain).block();
        ServerWebExchange respelled = anonymous(spelling, "192.0.2.4");
        filter.filter(respelled, chain).block();

        assertThat(respelled.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(forwarded).hasValue(1);
    }

    @Test
    void aTokenBuysNoMoreTrackingAttempts() {
        filter.filter(asClient("director", "/api/public/track"), chain).block();
        ServerWebExchange second = asClient("director", "/api/public/track");
        filter.filter(second, chain).block();

        assertThat(second.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(forwarded).hasValue(1);
    }

    private static ServerWebExchange asClient(String subject, String path) {
        Principal principal = () -> subject;
        return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.POST, URI.create(path))
                .remoteAddress(new InetSocketAddress("192.0.2.9", 40000))).mutate()
                .principal(Mono.just(principal)).build();
    }

    private static ServerWebExchange anonymous(String path, String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.POST, URI.create(path))
                .remoteAddress(new InetSocketAddress(address, 40000)));
    }
}
