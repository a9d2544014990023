package th.bma.anticorruption.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class ChannelStatusJsonTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @Test
    void aChannelStatusWithItsDetailsSurvivesJsonAndAnOlderProducersEventReadsWithoutThem() {
        ComplaintChannelStatusUpdated event = new ComplaintChannelStatusUpdated(UUID.randomUUID(),
                Instant.parse("2026-08-20T15:25:37Z"), "CMP-1", ComplaintChannelStatusUpdated.SCHEMA_VERSION,
                Channel.TRAFFY_FONDUE, "2026-B9WGC7", OffsetDateTime.parse("2026-08-21T09:00:00+07:00"), "finish",
                "เสร็จสิ้น", "ฝ่ายเทศกิจ เขตปทุมวัน", null, new ChannelStatusDetails(true, true, 2,
                        List.of(new EvidenceLink("https://storage.traffy.in.th/p/1.jpg", EvidenceLink.Kind.PHOTO))));

        assertThat(json.readValue(json.writeValueAsString(event), ComplaintChannelStatusUpdated.class)).isEqualTo(event);

        String older = """
                {"eventId": "%s", "occurredAt": "2026-08-20T15:25:37Z", "complaintId": "CMP-1", "schemaVersion": 1,
                 "channel": "TRAFFY_FONDUE", "channelRecordId": "2026-B9WGC7", "statusAt": "2026-08-21T09:00:00+07:00",
                 "statusType": "finish", "statusLabel": "เสร็จสิ้น", "organisation": null, "note": null}
                """.formatted(UUID.randomUUID());
        ComplaintChannelStatusUpdated read = json.readValue(older, ComplaintChannelStatusUpdated.class);
        assertThat(read.statusType()).isEqualTo("finish");
        assertThat(read.details()).isNull();
    }
}
