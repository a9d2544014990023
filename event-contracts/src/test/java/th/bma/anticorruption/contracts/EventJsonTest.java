package th.bma.anticorruption.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    // Channel timestamps keep their offset: Jackson 3 would otherwise move them to UTC on reading.
    private final JsonMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @Test
    void complaintReceivedSurvivesJsonWithoutSerialisingItsKeyTwice() {
        ComplaintReceived event = new ComplaintReceived(UUID.randomUUID(), Instant.parse("2026-08-20T15:25:37Z"),
                "CMP-1", ComplaintReceived.SCHEMA_VERSION,
                new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-B9WGC7",
                        OffsetDateTime.parse("2026-08-20T22:25:37.433959+07:00"), "ปทุมวัน",
                        List.of("ทุจริต"), "ฝ่ายเทศกิจ เขตปทุมวัน", "เจ้าหน้าที่เรียกรับเงิน", new GeoPoint(13.74, 100.53),
                        null, "hash"));

        String text = json.writeValueAsString(event);
        JsonNode tree = json.readTree(text);

        assertThat(tree.has("aggregateId")).isFalse();
        assertThat(tree.get("complaint").get("receivedAt").asString()).startsWith("2026-08-20T22:25:37");
        assertThat(json.readValue(text, ComplaintReceived.class)).isEqualTo(event);
    }

    @Test
    void everyTopicNameCarriesItsVersionAndIsUnique() {
        HashSet<String> names = new HashSet<>();
        for (Topics.TopicSpec topic : Topics.ALL) {
            assertThat(topic.name()).matches("[a-z-]+\\.[a-z-]+\\.v\\d+");
            assertThat(names.add(topic.name())).as(topic.name()).isTrue();
        }
        assertThat(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED)).isEqualTo("complaints.received.v1.dlt");
    }
}
