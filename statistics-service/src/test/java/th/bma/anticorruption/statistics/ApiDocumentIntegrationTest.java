package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The service's OpenAPI document describes the bodies that carry the monthly figures unwrapped as they are served:
 * the fiscal year is its period then the figures of {@code MonthlyStatistics}, an edition's corrections are
 * {@code asOf} then each of those figures as a change ({@code FigureBodiesJsonTest} pins the bodies themselves).
 */
class ApiDocumentIntegrationTest extends StatisticsIntegrationTestSupport {

    @Test
    void theFiscalYearAndTheCorrectionsAreDocumentedWithTheFiguresOfTheMonthlyStatistics() throws Exception {
        JsonNode schemas = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).path("components").path("schemas");
        List<String> figures = new ArrayList<>(schemas.path("MonthlyStatistics").path("properties").propertyNames());
        assertThat(figures).startsWith("month", "asOf", "received").contains("screenedOutByCategory");
        figures.remove("month");

        List<String> fiscalYear = new ArrayList<>(List.of("fiscalYear", "fiscalYearBe", "from", "to"));
        fiscalYear.addAll(figures);
        assertThat(schemas.path("FiscalYearStatistics").path("properties").propertyNames())
                .containsExactlyElementsOf(fiscalYear);

        JsonNode corrections = schemas.path("FigureCorrections").path("properties");
        assertThat(corrections.propertyNames()).containsExactlyElementsOf(figures);
        assertThat(corrections.path("received").path("format").asString()).isEqualTo("int64");
        assertThat(corrections.path("byDisposition").path("additionalProperties").path("format").asString())
                .isEqualTo("int64");
        assertThat(corrections.path("deadlines").path("additionalProperties").path("format").asString())
                .isEqualTo("int64");
        assertThat(corrections.path("byChannelAndLineOfWork").path("additionalProperties")
                .path("additionalProperties").path("format").asString()).isEqualTo("int64");
    }
}
