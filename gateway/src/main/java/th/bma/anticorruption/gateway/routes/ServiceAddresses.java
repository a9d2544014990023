package th.bma.anticorruption.gateway.routes;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services listen ({@code platform.services.intake-uri}, {@code routing-uri}, {@code cases-uri},
 * {@code statistics-uri}); the local run and the docker profile set them.
 */
@ConfigurationProperties("platform.services")
public record ServiceAddresses(URI intakeUri, URI routingUri, URI casesUri, URI statisticsUri) {

    public ServiceAddresses {
        intakeUri = orDefault(intakeUri, "http://localhost:8081");
        routingUri = orDefault(routingUri, "http://localhost:8082");
        casesUri = orDefault(casesUri, "http://localhost:8083");
        statisticsUri = orDefault(statisticsUri, "http://localhost:8084");
    }

    /** Each service by the short name used for its route, circuit breaker and API documentation. */
    public Map<String, URI> byService() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put(PlatformService.INTAKE, intakeUri);
        services.put(PlatformService.ROUTING, routingUri);
        services.put(PlatformService.CASES, casesUri);
        services.put(PlatformService.STATISTICS, statisticsUri);
        return services;
    }

    private static URI orDefault(URI uri, String fallback) {
        return uri != null ? uri : URI.create(fallback);
    }
}
