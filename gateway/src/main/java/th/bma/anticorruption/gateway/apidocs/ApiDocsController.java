package th.bma.anticorruption.gateway.apidocs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.bma.anticorruption.gateway.routes.ServiceAddresses;

/**
 * {@code GET /v3/api-docs}: the one OpenAPI 3.1 document of the whole public API, merged from each service's own
 * {@code /v3/api-docs} (springdoc) at request time; a service that does not answer is named in
 * {@code x-unavailable-services}. Swagger UI ({@code /swagger-ui.html}) shows this document.
 */
@Hidden
@RestController
public class ApiDocsController {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsController.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);

    private final ServiceAddresses services;
    private final WebClient web;

    public ApiDocsController(ServiceAddresses services, ObjectProvider<WebClient.Builder> web) {
        this.services = services;
        this.web = web.getIfAvailable(WebClient::builder).codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> platformApiDocs() {
        return Flux.fromIterable(services.byService().entrySet())
                .concatMap(service -> fetch(service.getKey(), service.getValue())
                        .map(doc -> Map.entry(service.getKey(), doc)))
                .collectList()
                .map(this::merge);
    }

    private Mono<Optional<OpenAPI>> fetch(String service, URI address) {
        return web.get().uri(address.resolve("/v3/api-docs"))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(FETCH_TIMEOUT)
                .map(json -> Optional.of(parse(json)))
                .onErrorResume(e -> {
                    log.warn("API documentation of {} unavailable: {}", service, e.toString());
                    return Mono.just(Optional.empty());
                });
    }

    private String merge(List<Map.Entry<String, Optional<OpenAPI>>> fetched) {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        fetched.forEach(entry -> entry.getValue().ifPresentOrElse(doc -> documents.put(entry.getKey(), doc),
                () -> unavailable.add(entry.getKey())));
        try {
            return Json31.mapper().writeValueAsString(ApiDocsMerger.merge(documents, unavailable));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the merged OpenAPI document", e);
        }
    }

    private static OpenAPI parse(String json) {
        try {
            return Json31.mapper().readValue(json, OpenAPI.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }
}
