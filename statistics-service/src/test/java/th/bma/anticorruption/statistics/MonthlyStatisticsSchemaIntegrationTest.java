package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema kept in the repository (schema/monthly-statistics.v1.schema.json, draft 2020-12) against what the
 * service really publishes on statistics.monthly.v1: every value on the topic conforms, every field published is
 * declared, and the schema is strict enough to reject a broken value. Uses September 2022.
 */
class MonthlyStatisticsSchemaIntegrationTest extends StatisticsIntegrationTestSupport {

    private static final String SEPTEMBER = "2022-09";
    private static Schema schema;
    private static JsonNode schemaJson;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = MonthlyStatisticsSchemaIntegrationTest.class
                .getResourceAsStream("/schema/monthly-statistics.v1.schema.json")) {
            byte[] bytes = in.readAllBytes();
            schemaJson = JSON.readTree(bytes);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void everyPublishedValueConformsToTheSchemaInTheRepository() {
        OffsetDateTime received = OffsetDateTime.parse("2022-09-15T09:30:00+07:00");
        sendCase(MonthlyStatisticsIntegrationTest.snapshot("S1", 1, Channel.WALK_IN, received, "จตุจักร",
                LineOfWork.ENVIRONMENT, Disposition.REFERRED_TO_PACC, MonthlyStatisticsIntegrationTest.deadline(
                        DeadlineStatus.OPEN, "2023-04-24T23:59:59+07:00", null)));
        send(Topics.COMPLAINTS_SCREENED_OUT,
                MonthlyStatisticsIntegrationTest.screenedOut("2022-S9", "2022-09-16T09:00:00+07:00"));

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.STATISTICS_MONTHLY)) {
            reader.awaitValue(v -> SEPTEMBER.equals(v.path("month").asString())
                    && v.path("screenedOutByChannel").path("TRAFFY_FONDUE").asLong() == 1
                    && v.path("deadlines").path("dueWithin7Days").asLong() == 1, Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> published = reader.records();
            assertThat(published).isNotEmpty();
            for (ConsumerRecord<String, byte[]> record : published) {
                String value = TopicReader.text(record);
                assertThat(schema.validate(value, InputFormat.JSON, (context, schemaContext) ->
                        context.executionConfig(config -> config.formatAssertionsEnabled(true))))
                        .as("value of %s", record.key()).isEmpty();
                JsonNode node = JSON.readTree(value);
                assertThat(record.key()).isEqualTo(node.path("month").asString());
                node.propertyNames().forEach(field -> assertThat(schemaJson.path("properties").has(field))
                        .as("field %s is declared in the schema", field).isTrue());
            }
        }
    }

    @Test
    void theSchemaRejectsAValueThatBreaksTheContract() {
        ObjectNode good = (ObjectNode) JSON.readTree("""
                {"month":"2023-02","asOf":"2023-03-01T00:00:00+07:00","received":1,
                 "byChannel":{"TRAFFY_FONDUE":1},
                 "byLineOfWork":{"PUBLIC_WORKS":1,"CITY_LAW_ENFORCEMENT":0,"REVENUE":0,"ENVIRONMENT":0,"OTHER":0},
                 "byChannelAndLineOfWork":{"TRAFFY_FONDUE":{"PUBLIC_WORKS":1}},
                 "byDisposition":{"COMPLETED":1,"FORWARDED_TO_UNIT":0,"FORWARDED_TO_WORKING_GROUP":0,
                   "REFERRED_TO_NACC":0,"REFERRED_TO_PACC":0,"UNDER_VERIFICATION":0},
                 "byDistrict":{"บางพลัด":1},
                 "deadlines":{"open":0,"dueWithin7Days":0,"breached":0,"metOnTime":0}}""");
        assertThat(schema.validate(good.toString(), InputFormat.JSON)).isEmpty();

        ObjectNode utc = good.deepCopy();
        utc.put("asOf", "2023-02-28T17:00:00Z");
        ObjectNode missingDisposition = good.deepCopy();
        ((ObjectNode) missingDisposition.get("byDisposition")).remove("UNDER_VERIFICATION");
        ObjectNode unknownChannel = good.deepCopy();
        ((ObjectNode) unknownChannel.get("byChannel")).put("FAX", 1);
        ObjectNode badMonth = good.deepCopy();
        badMonth.put("month", "2023-13");
        ObjectNode negative = good.deepCopy();
        negative.put("received", -1);
        ObjectNode unknownOutcome = good.deepCopy();
        unknownOutcome.putObject("internalTrackOutcomes").put("PARDONED", 1);
        ObjectNode knownOutcome = good.deepCopy();
        knownOutcome.putObject("internalTrackOutcomes").put("NOT_CREDIBLE", 1);
        assertThat(schema.validate(knownOutcome.toString(), InputFormat.JSON)).isEmpty();
        for (ObjectNode broken : List.of(utc, missingDisposition, unknownChannel, badMonth, negative, unknownOutcome)) {
            assertThat(schema.validate(broken.toString(), InputFormat.JSON)).as(broken.toString()).isNotEmpty();
        }
    }
}
