package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.gateway.apidocs.ApiDocsMerger;

class ApiDocsMergerTest {

    @Test
    void publicTrackingNeedsNoTokenEverythingElseABearerJwt() {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        documents.put("cases", document("/api/public/track", "TrackingStatus", "string"));
        documents.put("conversation", document("/api/public/messages", "ConversationAnswer", "object"));
        documents.put("statistics", document("/api/statistics/monthly/{month}", "MonthlyRollup", "object"));

        OpenAPI merged = ApiDocsMerger.merge(documents, List.of());

        assertThat(merged.getSecurity()).singleElement().satisfies(r -> assertThat(r).containsKey("bearer-jwt"));
        assertThat(merged.getPaths().get("/api/public/track").getPost().getSecurity()).isEmpty();
        assertThat(merged.getPaths().get("/api/public/messages").getPost().getSecurity()).isEmpty();
        assertThat(merged.getPaths().get("/api/statistics/monthly/{month}").getPost().getSecurity()).isNull();
        assertThat(merged.getComponents().getSchemas()).containsKeys("TrackingStatus", "MonthlyRollup");
    }

    @Test
    void aClashingComponentIsQualifiedWithItsServiceAndThatServicesReferencesFollow() {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        documents.put("intake", document("/api/intake/complaints", "Problem", "object"));
        documents.put("cases", document("/api/cases", "Problem", "string"));
        documents.put("routing", document("/api/routing/rules", "Problem", "object"));

        OpenAPI merged = ApiDocsMerger.merge(documents, List.of("statistics"));

        assertThat(merged.getComponents().getSchemas().get("Problem").getTypes()).containsExactly("object");
        assertThat(merged.getComponents().getSchemas().get("CasesProblem").getTypes()).containsExactly("string");
        assertThat(merged.getComponents().getSchemas()).doesNotContainKey("RoutingProblem");
        assertThat(responseSchemaOf(merged, "/api/intake/complaints")).isEqualTo("#/components/schemas/Problem");
        assertThat(responseSchemaOf(merged, "/api/cases")).isEqualTo("#/components/schemas/CasesProblem");
        assertThat(responseSchemaOf(merged, "/api/routing/rules")).isEqualTo("#/components/schemas/Problem");
        assertThat(merged.getExtensions()).containsEntry("x-unavailable-services", List.of("statistics"))
                .doesNotContainKey("x-component-conflicts");
        assertThat(responseSchemaOf(documents.get("cases"), "/api/cases"))
                .as("the service's own document is not changed").isEqualTo("#/components/schemas/Problem");
    }

    private static String responseSchemaOf(OpenAPI document, String path) {
        return document.getPaths().get(path).getPost().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref();
    }

    @Test
    void onlyThePublicApiIsListed() {
        OpenAPI merged = ApiDocsMerger.merge(Map.of("intake", document("/internal/replay", "X", "object")), List.of());

        assertThat(merged.getPaths()).isEmpty();
    }

    private static OpenAPI document(String path, String schemaName, String type) {
        return new OpenAPI(SpecVersion.V31)
                .paths(new Paths().addPathItem(path, new PathItem().post(new Operation().operationId("op" + schemaName)
                        .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                                .content(new Content().addMediaType("application/json", new MediaType()
                                        .schema(new JsonSchema().$ref("#/components/schemas/" + schemaName)))))))))
                .components(new Components().addSchemas(schemaName, new JsonSchema().types(Set.of(type))));
    }
}
