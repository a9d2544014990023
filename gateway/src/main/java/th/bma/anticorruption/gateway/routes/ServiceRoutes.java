package th.bma.anticorruption.gateway.routes;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import th.bma.anticorruption.gateway.limits.BodySizeLimit;

/**
 * One route per public API prefix, paths passed through unchanged. Every route has its own circuit breaker (with a
 * time limit, see {@code ResilienceDefaults}) falling back to a 503 problem; only safe methods are retried. The CSV
 * import is the exception that streams: see {@link #streamedImport}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceAddresses.class)
public class ServiceRoutes {

    @Bean
    RouteLocator platformRoutes(RouteLocatorBuilder builder, ServiceAddresses services,
            SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        return builder.routes()
                // the CSV import streams a body of any size for minutes: its own breaker with a long time limit
                .route(PlatformService.INTAKE_IMPORT, r -> r.path(BodySizeLimit.STREAMED_IMPORT_PATH)
                        .filters(f -> f.filter(streamedImport(circuitBreakers)))
                        .uri(services.intakeUri()))
                .route(PlatformService.INTAKE, r -> r.path("/api/intake/**")
                        .filters(f -> resilient(f, PlatformService.INTAKE))
                        .uri(services.intakeUri()))
                .route(PlatformService.ROUTING, r -> r.path("/api/routing/**")
                        .filters(f -> resilient(f, PlatformService.ROUTING))
                        .uri(services.routingUri()))
                .route(PlatformService.PUBLIC_TRACKING, r -> r
                        .path("/api/public/track", BodySizeLimit.PUBLIC_MESSAGES_PATH)
                        .filters(f -> resilient(f, PlatformService.PUBLIC_TRACKING))
                        .uri(services.casesUri()))
                .route(PlatformService.CASES, r -> r.path("/api/cases", "/api/cases/**")
                        .filters(f -> resilient(f, PlatformService.CASES))
                        .uri(services.casesUri()))
                // server-sent events stay open for as long as the dashboard is: no time limit, no retry
                .route(PlatformService.STATISTICS_STREAM, r -> r.path("/api/statistics/stream")
                        .uri(services.statisticsUri()))
                .route(PlatformService.STATISTICS, r -> r.path("/api/statistics/**")
                        .filters(f -> resilient(f, PlatformService.STATISTICS))
                        .uri(services.statisticsUri()))
                .build();
    }

    /**
     * The import's circuit breaker, time limit and 503 fallback, without Spring Cloud Gateway's request body cache.
     * A route whose circuit breaker has a fallback URI, or that has a retry filter, gets its whole request body
     * joined into one buffer before anything is forwarded ({@code AdaptCachedBodyGlobalFilter}, turned on by the
     * route id those two filters announce), so that the body can be replayed to the fallback or to the next try. On
     * the other routes that is at most {@code max-body-size}; the import's body is a CSV of up to gigabytes, and
     * caching it exhausted the gateway's direct memory. So the breaker is built here without the route id (nothing
     * turns the cache on: the fallback answers without reading the body) and there is no retry filter (only GET and
     * HEAD are retried, the import is a POST). The body then flows to intake as it arrives, with backpressure.
     */
    private static GatewayFilter streamedImport(SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        return circuitBreakers.apply(cb -> cb.setName(PlatformService.INTAKE_IMPORT)
                .setFallbackUri(fallback(PlatformService.INTAKE_IMPORT)));
    }

    private static URI fallback(String service) {
        return URI.create("forward:/fallback/" + service);
    }

    private static UriSpec resilient(GatewayFilterSpec filters, String service) {
        return filters
                .circuitBreaker(cb -> cb.setName(service).setFallbackUri(fallback(service)))
                .retry(retry -> retry
                        .setRetries(2)
                        .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE,
                                HttpStatus.GATEWAY_TIMEOUT)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(400), 2, true));
    }
}
