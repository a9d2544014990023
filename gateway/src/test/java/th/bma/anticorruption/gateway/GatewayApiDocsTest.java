package th.bma.anticorruption.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One OpenAPI 3.1 document of the whole public API, merged from the services, open without a token. */
class GatewayApiDocsTest extends GatewayTestBase {

    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/([A-Za-z]+)/([^\"]+)\"");

    @Test
    void mergesEveryServicesEndpointsIntoOneDocumentWhoseReferencesResolve() {
        String json = new String(client().get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent());
        JsonNode doc = JsonMapper.builder().build().readTree(json);

        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/intake/example",
                "/api/routing/example", "/api/cases/example", "/api/statistics/example");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.has("x-unavailable-services")).isFalse();
        Matcher refs = REF.matcher(json);
        int resolved = 0;
        while (refs.find()) {
            assertThat(doc.at("/components/" + refs.group(1) + "/" + refs.group(2)).isMissingNode())
                    .as(refs.group()).isFalse();
            resolved++;
        }
        assertThat(resolved).isEqualTo(4);
    }

    @Test
    void swaggerUiIsServed() {
        client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

}
