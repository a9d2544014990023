package th.bma.anticorruption.gateway.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Merges the services' OpenAPI documents into the one document of the public API: every {@code /api/**} path,
 * their components, one bearer-JWT security scheme required everywhere except public tracking. Two services'
 * different components of the same name are kept apart by {@link ComponentNames} (the later one is qualified with
 * its service's name); a clash that still remains is listed under {@code x-component-conflicts}, never silent.
 */
public final class ApiDocsMerger {

    public static final String BEARER = "bearer-jwt";
    /** Public tracking: the status and the complainant's conversation, open without a token. */
    static final String PUBLIC_API = "/api/public/";

    private ApiDocsMerger() {
    }

    /** @param documents each service's document by service name, in a stable order */
    public static OpenAPI merge(Map<String, OpenAPI> documents, List<String> unavailable) {
        OpenAPI merged = new OpenAPI(SpecVersion.V31)
                .openapi("3.1.0")
                .info(new Info()
                        .title("BMA anti-corruption complaint platform API")
                        .version("v1")
                        .description("The public API of the Bangkok Metropolitan Administration's anti-corruption "
                                + "complaint centre, through the gateway. Every endpoint needs an OAuth2 bearer JWT "
                                + "except public tracking."))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        Map<String, PathItem> paths = new TreeMap<>();
        Map<String, Tag> tags = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();

        documents.forEach((service, served) -> {
            OpenAPI document = ComponentNames.qualifyClashes(service, served, merged.getComponents());
            if (document.getPaths() != null) {
                document.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/api/")) {
                        paths.putIfAbsent(path, item);
                    }
                });
            }
            if (document.getTags() != null) {
                document.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            }
            Components components = document.getComponents();
            if (components != null) {
                Components target = merged.getComponents();
                mergeInto(components.getSchemas(), target::getSchemas, target::addSchemas, service, "schemas",
                        conflicts);
                mergeInto(components.getParameters(), target::getParameters, target::addParameters, service,
                        "parameters", conflicts);
                mergeInto(components.getResponses(), target::getResponses, target::addResponses, service,
                        "responses", conflicts);
                mergeInto(components.getRequestBodies(), target::getRequestBodies, target::addRequestBodies, service,
                        "requestBodies", conflicts);
                mergeInto(components.getHeaders(), target::getHeaders, target::addHeaders, service, "headers",
                        conflicts);
                mergeInto(components.getExamples(), target::getExamples, target::addExamples, service, "examples",
                        conflicts);
            }
        });

        paths.forEach((path, item) -> {
            if (path.startsWith(PUBLIC_API)) {
                item.readOperations().forEach(ApiDocsMerger::open);
            }
        });
        Paths allPaths = new Paths();
        paths.forEach(allPaths::addPathItem);
        merged.paths(allPaths);
        if (!tags.isEmpty()) {
            merged.tags(new ArrayList<>(tags.values()));
        }
        if (!unavailable.isEmpty()) {
            merged.addExtension("x-unavailable-services", List.copyOf(unavailable));
        }
        if (!conflicts.isEmpty()) {
            merged.addExtension("x-component-conflicts", conflicts);
        }
        return merged;
    }

    private static void open(Operation operation) {
        operation.setSecurity(List.of());
    }

    private static <T> void mergeInto(Map<String, T> source, java.util.function.Supplier<Map<String, T>> target,
            BiConsumer<String, T> add, String service, String kind, List<String> conflicts) {
        if (source == null) {
            return;
        }
        source.forEach((name, value) -> {
            Map<String, T> existing = target.get();
            T present = existing == null ? null : existing.get(name);
            if (present == null) {
                add.accept(name, value);
            } else if (!Objects.equals(present, value)) {
                conflicts.add(kind + "/" + name + " (" + service + ")");
            }
        });
    }

}
