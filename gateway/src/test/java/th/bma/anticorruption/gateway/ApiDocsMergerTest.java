package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.gateway.apidocs.ApiDocsMerger;

class ApiDocsMergerTest {

    @Test
    void publicTrackingNeedsNoTokenEverythingElseABearerJwt() {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        documents.put("cases", document("/api/public/track", "TrackingStatus", "string"));
        documents.put("statistics", document("/api/statistics/monthly/{month}", "MonthlyRollup", "object"));

        OpenAPI merged = ApiDocsMerger.merge(documents, List.of());

        assertThat(merged.getSecurity()).singleElement().satisfies(r -> assertThat(r).containsKey("bearer-jwt"));
        assertThat(merged.getPaths().get("/api/public/track").getPost().getSecurity()).isEmpty();
        assertThat(merged.getPaths().get("/api/statistics/monthly/{month}").getPost().getSecurity()).isNull();
        assertThat(merged.getComponents().getSchemas()).containsKeys("TrackingStatus", "MonthlyRollup");
    }

    @Test
    void conflictingComponentsAndUnavailableServicesAreListedNotHidden() {
        Map<String, OpenAPI> documents = new LinkedHashMap<>();
        documents.put("intake", document("/api/intake/complaints", "Problem", "object"));
        documents.put("cases", document("/api/cases", "Problem", "string"));

        OpenAPI merged = ApiDocsMerger.merge(documents, List.of("routing"));

        assertThat(merged.getComponents().getSchemas().get("Problem").getType()).isEqualTo("object");
        assertThat(merged.getExtensions()).containsEntry("x-unavailable-services", List.of("routing"))
                .containsEntry("x-component-conflicts", List.of("schemas/Problem (cases)"));
    }

    @Test
    void onlyThePublicApiIsListed() {
        OpenAPI merged = ApiDocsMerger.merge(Map.of("intake", document("/internal/replay", "X", "object")), List.of());

        assertThat(merged.getPaths()).isEmpty();
    }

    private static OpenAPI document(String path, String schemaName, String type) {
        return new OpenAPI()
                .paths(new Paths().addPathItem(path, new PathItem().post(new Operation().operationId("op" + schemaName))))
                .components(new Components().addSchemas(schemaName, new Schema<>().type(type)));
    }
}
