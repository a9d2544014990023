package th.bma.anticorruption.testkit;

import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The official OpenAPI 3.1 JSON Schema (OAI/OpenAPI-Specification, the 2022-10-07 schema with the OAS base dialect:
 * see {@code openapi-3.1-schema/SOURCE.md} in this module's resources), loaded from the test class path, never from the
 * network. {@code schema-base} is used, so the Schema Objects inside a document are validated too (against the OAS
 * dialect: JSON Schema 2020-12 plus the OAS vocabulary), not only the document's outline.
 */
public final class OpenApi31Schema {

    private static final String OAS = "https://spec.openapis.org/oas/3.1/";
    private static final String HERE = "classpath:openapi-3.1-schema/";
    private static final Schema SCHEMA = load();

    private OpenApi31Schema() {
    }

    /** The violations of the document (JSON text); empty when it is a valid OpenAPI 3.1 document. */
    public static List<Error> violations(String openApiJson) {
        return SCHEMA.validate(openApiJson, InputFormat.JSON,
                (context, schemaContext) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static Schema load() {
        Map<String, String> copies = Map.of(
                OAS + "schema-base/2022-10-07", HERE + "schema-base.json",
                OAS + "schema/2022-10-07", HERE + "schema.json",
                OAS + "dialect/base", HERE + "dialect-base.schema.json",
                OAS + "meta/base", HERE + "meta-base.schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mappings(copies)));
        return registry.getSchema(SchemaLocation.of(OAS + "schema-base/2022-10-07"));
    }
}
