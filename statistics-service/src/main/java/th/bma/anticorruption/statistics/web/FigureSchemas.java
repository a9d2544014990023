package th.bma.anticorruption.statistics.web;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI schemas of the bodies that carry the figures of {@code MonthlyStatistics} unwrapped, derived from its
 * schema, which is where the figures are listed: the generator cannot read that the fiscal year's figures leave out
 * the month, nor that an edition's corrections are computed figure by figure ({@code asOf}, then each figure as its
 * change: a number as a signed number, counts as signed counts, {@code deadlines} as its named numbers).
 */
@Configuration(proxyBeanMethods = false)
class FigureSchemas {

    @Bean
    OpenApiCustomizer schemasFromTheMonthlyFigures() {
        return openApi -> {
            @SuppressWarnings("rawtypes")
            Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
            if (schemas == null || !schemas.containsKey("MonthlyStatistics")) {
                return;
            }
            if (schemas.get("FiscalYearStatistics") != null) {
                schemas.get("FiscalYearStatistics").getProperties().remove("month");
            }
            if (schemas.get("FigureCorrections") != null) {
                schemas.put("FigureCorrections", corrections(schemas.get("MonthlyStatistics")));
            }
        };
    }

    private static Schema<?> corrections(Schema<?> monthly) {
        Schema<?> corrections = new ObjectSchema().description("The live figures at asOf minus the edition's, figure "
                + "by figure: a number always, a map only with the keys that changed, a nested map only with the inner "
                + "maps that have a change, deadlines as a map of its named numbers that changed.");
        monthly.getProperties().forEach((name, figure) -> {
            if (!name.equals("month")) {
                corrections.addProperty(name, figure.get$ref() == null ? figure
                        : new MapSchema().additionalProperties(new IntegerSchema().format("int64")));
            }
        });
        return corrections;
    }
}
