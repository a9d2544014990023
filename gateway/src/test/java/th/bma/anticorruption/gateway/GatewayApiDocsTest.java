package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.bma.anticorruption.testkit.OpenApi31Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one OpenAPI 3.1 document of the whole public API at {@code /v3/api-docs}, open without a token, merged by the
 * gateway from the services' own documents (the stubs serve the real services' documents, recorded in
 * {@code service-api-docs/}). It validates against the official OAS 3.1 JSON Schema ({@link OpenApi31Schema}), lists
 * every endpoint of the public API contract and every {@code /api} operation of every service, and every reference resolves.
 */
class GatewayApiDocsTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/([A-Za-z]+)/([^\"]+)\"");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** The endpoints the public API promises: "METHOD path", path parameters written {}. */
    static final List<String> CONTRACT_ENDPOINTS = List.of(
            "POST /api/intake/traffy-fondue",
            "PATCH /api/intake/traffy-fondue",
            "POST /api/intake/traffy-fondue/import",
            "POST /api/intake/hotline-1555",
            "POST /api/intake/complaints",
            "GET /api/cases",
            "GET /api/cases/{}",
            "POST /api/public/track",
            "GET /api/statistics/monthly/{}",
            "GET /api/statistics/monthly/{}/report");

    /** The case list's filters and the report's language, as the public API names them. */
    static final Map<String, List<String>> CONTRACT_QUERY_PARAMETERS = Map.of(
            "GET /api/cases", List.of("complaintId", "state", "disposition", "destination", "district", "lineOfWork",
                    "due", "stale", "page", "size"),
            "GET /api/statistics/monthly/{}/report", List.of("lang"));

    @Test
    void theMergedDocumentValidatesAgainstTheOfficialOpenApi31Schema() {
        String json = apiDocs();
        JsonNode doc = JSON.readTree(json);

        assertThat(OpenApi31Schema.violations(json)).isEmpty();
        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.has("x-unavailable-services")).isFalse();
        assertThat(doc.has("x-component-conflicts")).as("every clash of component names is resolved").isFalse();
    }

    @Test
    void itListsEveryEndpointOfTheContractAndPublicTrackingNeedsNoToken() {
        JsonNode doc = JSON.readTree(apiDocs());

        assertThat(missingContractEndpoints(doc)).isEmpty();
        assertThat(doc.at("/paths/~1api~1public~1track/post/security").isArray()).isTrue();
        assertThat(doc.at("/paths/~1api~1public~1track/post/security")).isEmpty();
        assertThat(doc.at("/paths/~1api~1public~1track/post/parameters").isMissingNode())
                .as("the tracking code travels only in the body").isTrue();
        assertThat(doc.at("/paths/~1api~1public~1track/post/requestBody/required").asBoolean()).isTrue();
        assertThat(doc.at("/security/0").has("bearer-jwt")).isTrue();
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void itListsEveryApiOperationOfEveryService() throws IOException {
        Set<String> served = new TreeSet<>();
        for (String service : List.of("intake", "routing", "cases", "statistics")) {
            try (InputStream in = getClass().getResourceAsStream("/service-api-docs/" + service + ".json")) {
                served.addAll(operations(JSON.readTree(in)));
            }
        }

        assertThat(served).hasSizeGreaterThan(CONTRACT_ENDPOINTS.size());
        assertThat(operations(JSON.readTree(apiDocs()))).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyReferenceResolvesAndEachServiceKeepsItsOwnComponentsWhenNamesClash() {
        String json = apiDocs();
        JsonNode doc = JSON.readTree(json);
        Matcher refs = REF.matcher(json);
        int resolved = 0;
        while (refs.find()) {
            assertThat(doc.at("/components/" + refs.group(1) + "/" + refs.group(2)).isMissingNode())
                    .as(refs.group()).isFalse();
            resolved++;
        }
        assertThat(resolved).isGreaterThan(50);

        // intake and case tracking both call a schema "Entry": an identity-reveal audit entry and a timeline entry
        String timeline = doc.at("/components/schemas/CaseView/properties/timeline/items/$ref").asString();
        assertThat(timeline).isEqualTo("#/components/schemas/CasesEntry");
        assertThat(doc.at("/components/schemas/CasesEntry/properties").propertyNames()).contains("at", "event");
        assertThat(doc.at("/components/schemas/Entry/properties").propertyNames()).contains("revealedAt");
    }

    @Test
    void aBrokenDocumentFailsTheValidationAndAMissingEndpointIsNamed() {
        ObjectNode good = (ObjectNode) JSON.readTree(apiDocs());
        assertThat(OpenApi31Schema.violations(good.toString())).isEmpty();

        ObjectNode noInfo = good.deepCopy();
        noInfo.remove("info");
        ObjectNode oldVersion = good.deepCopy();
        oldVersion.put("openapi", "3.0.3");
        ObjectNode responseWithoutDescription = good.deepCopy();
        ((ObjectNode) responseWithoutDescription.at("/paths/~1api~1public~1track/post/responses/200"))
                .remove("description");
        ObjectNode pathNotAbsolute = good.deepCopy();
        ((ObjectNode) pathNotAbsolute.get("paths")).set("api/cases", good.at("/paths/~1api~1cases"));
        ObjectNode parameterWithoutLocation = good.deepCopy();
        ((ObjectNode) parameterWithoutLocation.at("/paths/~1api~1cases/get/parameters/0")).remove("in");
        ObjectNode schemaOfUnknownType = good.deepCopy();
        ((ObjectNode) schemaOfUnknownType.at("/components/schemas/CaseView")).put("type", "record");
        for (ObjectNode broken : List.of(noInfo, oldVersion, responseWithoutDescription, pathNotAbsolute,
                parameterWithoutLocation, schemaOfUnknownType)) {
            assertThat(OpenApi31Schema.violations(broken.toString())).as(broken.toString().substring(0, 80))
                    .isNotEmpty();
        }

        ObjectNode withoutReport = good.deepCopy();
        ((ObjectNode) withoutReport.get("paths")).remove("/api/statistics/monthly/{month}/report");
        ObjectNode withoutFilter = good.deepCopy();
        ((ArrayNode) withoutFilter.at("/paths/~1api~1cases/get/parameters")).removeIf(
                parameter -> parameter.path("name").asString().equals("lineOfWork"));
        assertThat(missingContractEndpoints(withoutReport)).containsExactly("GET /api/statistics/monthly/{}/report");
        assertThat(missingContractEndpoints(withoutFilter)).containsExactly("GET /api/cases?lineOfWork");
    }

    @Test
    void swaggerUiIsServed() {
        client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    private String apiDocs() {
        return new String(client().get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The contract's endpoints and query parameters the document does not list ("METHOD path" or "...?name"). */
    static List<String> missingContractEndpoints(JsonNode doc) {
        Set<String> listed = operations(doc);
        List<String> missing = new ArrayList<>();
        for (String endpoint : CONTRACT_ENDPOINTS) {
            if (!listed.contains(endpoint)) {
                missing.add(endpoint);
                continue;
            }
            for (String name : CONTRACT_QUERY_PARAMETERS.getOrDefault(endpoint, List.of())) {
                if (!queryParameters(doc, endpoint).contains(name)) {
                    missing.add(endpoint + "?" + name);
                }
            }
        }
        return missing;
    }

    /** "METHOD path" of every operation under /api, path parameters written {}. */
    private static Set<String> operations(JsonNode doc) {
        Set<String> operations = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().propertyNames().stream().filter(METHODS::contains).forEach(method ->
                        operations.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]*}", "{}")));
            }
        });
        return operations;
    }

    private static Set<String> queryParameters(JsonNode doc, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase();
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        Set<String> names = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> {
            if (path.getKey().replaceAll("\\{[^}]*}", "{}").equals(template)) {
                path.getValue().path(method).path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asString())) {
                        names.add(parameter.path("name").asString());
                    }
                });
            }
        });
        return names;
    }
}
