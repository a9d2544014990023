package th.bma.anticorruption.gateway.routes;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * One route per public API prefix, paths passed through unchanged. Every route has its own circuit breaker (with a
 * time limit, see {@code ResilienceDefaults}) falling back to a 503 problem; only safe methods are retried.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceAddresses.class)
public class ServiceRoutes {

    @Bean
    RouteLocator platformRoutes(RouteLocatorBuilder builder, ServiceAddresses services) {
        return builder.routes()
                // the CSV import streams a body of any size for minutes: its own breaker with a long time limit
                .route(PlatformService.INTAKE_IMPORT, r -> r.path("/api/intake/traffy-fondue/import")
                        .filters(f -> resilient(f, PlatformService.INTAKE_IMPORT))
                        .uri(services.intakeUri()))
                .route(PlatformService.INTAKE, r -> r.path("/api/intake/**")
                        .filters(f -> resilient(f, PlatformService.INTAKE))
                        .uri(services.intakeUri()))
                .route(PlatformService.ROUTING, r -> r.path("/api/routing/**")
                        .filters(f -> resilient(f, PlatformService.ROUTING))
                        .uri(services.routingUri()))
                .route(PlatformService.PUBLIC_TRACKING, r -> r.path("/api/public/track")
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

    private static UriSpec resilient(GatewayFilterSpec filters, String service) {
        return filters
                .circuitBreaker(cb -> cb.setName(service).setFallbackUri(URI.create("forward:/fallback/" + service)))
                .retry(retry -> retry
                        .setRetries(2)
                        .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE,
                                HttpStatus.GATEWAY_TIMEOUT)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(400), 2, true));
    }
}
