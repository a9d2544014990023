package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.limits.RateLimitFilter;
import th.bma.anticorruption.gateway.limits.RequestQuota;

class RateLimitFilterTest {

    private final AtomicInteger forwarded = new AtomicInteger();
    private final WebFilterChain chain = exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
    };
    private final RateLimitFilter filter = new RateLimitFilter(new RequestQuota(2, Duration.ofMinutes(1), 100),
            new RequestQuota(1, Duration.ofMinutes(10), 100));

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersAreUnaffected() {
        filter.filter(asClient("traffy-adapter"), chain).block();
        filter.filter(asClient("traffy-adapter"), chain).block();
        ServerWebExchange third = asClient("traffy-adapter");
        filter.filter(third, chain).block();
        filter.filter(asClient("hotline-adapter"), chain).block();

        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(third.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 60L);
        assertThat(forwarded).hasValue(3);
    }

    @Test
    void healthAndDocumentationAreNotRateLimited() {
        for (int i = 0; i < 5; i++) {
            filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health")), chain).block();
        }

        assertThat(forwarded).hasValue(5);
    }

    private static ServerWebExchange asClient(String subject) {
        Principal principal = () -> subject;
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases")).mutate()
                .principal(Mono.just(principal)).build();
    }
}
