package th.bma.anticorruption.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
                        null, "hash"), null);

        String text = json.writeValueAsString(event);
        JsonNode tree = json.readTree(text);

        assertThat(tree.has("aggregateId")).isFalse();
        assertThat(tree.get("complaint").get("receivedAt").asString()).startsWith("2026-08-20T22:25:37");
        assertThat(json.readValue(text, ComplaintReceived.class)).isEqualTo(event);
    }

    @Test
    void aComplaintScreeningWasUnsureOfCarriesTheDoubtAndAnOlderEventWithoutOneStillReads() {
        ScreeningDoubt doubt = new ScreeningDoubt("LEARNED-SIGNAL", 0.97, 0.91, "ไม่มีกฎคัดกรองใดรับเรื่อง",
                "No screening rule took the complaint in.");
        ComplaintReceived event = new ComplaintReceived(UUID.randomUUID(), Instant.parse("2026-08-20T15:25:37Z"),
                "CMP-2", ComplaintReceived.SCHEMA_VERSION,
                new ComplaintSummary(Channel.HOTLINE_1555, "CALL-1", OffsetDateTime.parse("2026-08-20T22:25:37+07:00"),
                        "บางรัก", List.of(), null, "นายตรวจขอแบ่งเงินจากร้านค้า", null, null, "hash"), doubt);

        String text = json.writeValueAsString(event);
        assertThat(json.readTree(text).get("screeningDoubt").get("score").asDouble()).isEqualTo(0.97);
        assertThat(json.readValue(text, ComplaintReceived.class)).isEqualTo(event);

        JsonNode older = json.readTree(text);
        ((ObjectNode) older).remove("screeningDoubt");
        assertThat(json.treeToValue(older, ComplaintReceived.class).screeningDoubt()).isNull();
    }

    @Test
    void aClosedInternalTrackCaseCarriesItsOutcomeAndAnOlderSnapshotWithoutOneStillReads() {
        Destination office = new Destination(DestinationKind.INTERNAL_TRACK, "CSC-OFFICE", "สำนักงาน ก.ก.",
                "Office of the BMA Civil Service Commission");
        CaseStatusChanged closed = new CaseStatusChanged(UUID.randomUUID(), Instant.parse("2026-09-29T03:00:00Z"),
                "CASE-1", CaseStatusChanged.SCHEMA_VERSION, 7, "CMP-1", Channel.HOTLINE_1555,
                OffsetDateTime.parse("2026-08-20T10:21:07+07:00"), "ปทุมวัน", LineOfWork.CITY_LAW_ENFORCEMENT,
                "ORDER_GIVEN", "COMPLETED", Disposition.COMPLETED, office, null, false,
                new InternalTrackOutcome(InternalTrackFinding.GROUNDED, OperationsCentreOrder.CRIMINAL_REFERRAL_NACC,
                        OffsetDateTime.parse("2026-09-29T10:00:00+07:00")));

        String text = json.writeValueAsString(closed);
        assertThat(json.readTree(text).get("outcome").get("order").asString()).isEqualTo("CRIMINAL_REFERRAL_NACC");
        assertThat(json.readValue(text, CaseStatusChanged.class)).isEqualTo(closed);

        JsonNode older = json.readTree(text);
        ((ObjectNode) older).remove("outcome");
        assertThat(json.treeToValue(older, CaseStatusChanged.class).outcome()).isNull();
    }

    @Test
    void theReminderBeforeThe20thSurvivesJson() {
        UnitProgressReportDue due = new UnitProgressReportDue(UUID.randomUUID(), Instant.parse("2026-09-14T17:00:00Z"),
                "CASE-1", UnitProgressReportDue.SCHEMA_VERSION, "CMP-1", "2026-09", LocalDate.parse("2026-09-20"),
                5, new Destination(DestinationKind.UNIT, "DISTRICT-1007", "สำนักงานเขตปทุมวัน",
                        "Pathum Wan District Office"));

        String text = json.writeValueAsString(due);

        assertThat(json.readTree(text).get("dueDate").asString()).isEqualTo("2026-09-20");
        assertThat(json.readValue(text, UnitProgressReportDue.class)).isEqualTo(due);
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
