package th.bma.anticorruption.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ChannelStatusDetails;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.EvidenceLink;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * The channel's own facts on the case, on the embedded broker: an imported ticket the channel had finished opens its
 * case closed (in the opening itself when its status came first), a live status only shows, photos are evidence links.
 */
class ChannelFactsIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static final EvidenceLink PHOTO = new EvidenceLink("https://storage.traffy.in.th/p/1.jpg",
            EvidenceLink.Kind.PHOTO);
    private static final EvidenceLink AFTER = new EvidenceLink("https://storage.traffy.in.th/p/1-after.jpg",
            EvidenceLink.Kind.PHOTO_AFTER);

    @Test
    void anImportedFinishedTicketWhoseStatusCameFirstOpensItsCaseClosedAndRedeliveryChangesNothing() throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        ComplaintChannelStatusUpdated finished = channelStatus(complaintId, "finish", "เสร็จสิ้น", "2026-08-10T09:00:00+07:00",
                new ChannelStatusDetails(true, true, 2, List.of(PHOTO, AFTER)));
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, finished);
        awaitConsumed(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));

        JsonNode opened = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        assertThat(opened.path("state").asString()).as("never published as a live forwarded case")
                .isEqualTo("COMPLETED");
        assertThat(opened.path("caseVersion").asLong()).isEqualTo(1);
        assertThat(opened.path("previousState").isNull()).isTrue();
        assertThat(opened.path("disposition").asString()).isEqualTo("COMPLETED");
        assertThat(opened.path("deadline").isNull()).isTrue();
        assertThat(opened.path("stale").asBoolean()).isFalse();

        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(
                as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.disposition").value("COMPLETED"))
                .andExpect(jsonPath("$.channelStatus.state").value("finish"))
                .andExpect(jsonPath("$.channelStatus.label").value("เสร็จสิ้น"))
                .andExpect(jsonPath("$.channelStatus.at").value("2026-08-10T09:00:00+07:00"))
                .andExpect(jsonPath("$.channelStatus.countReopen").value(2))
                .andExpect(jsonPath("$.evidence.length()").value(2))
                .andExpect(jsonPath("$.evidence[0].url").value(PHOTO.url()))
                .andExpect(jsonPath("$.evidence[1].kind").value("PHOTO_AFTER"))
                .andExpect(jsonPath("$.timeline[0].event").value("CHANNEL_STATUS_FINISH"))
                .andExpect(jsonPath("$.timeline[?(@.event == 'CLOSED_AT_CHANNEL')].detail")
                        .value("finish · เสร็จสิ้น")));
        long version = opened.path("caseVersion").asLong();

        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, finished);
        awaitConsumed(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED);
        mvc.perform(as(get("/api/cases/{caseId}", caseId), PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.caseVersion").value(version))
                .andExpect(jsonPath("$.timeline.length()").value(3))
                .andExpect(jsonPath("$.evidence.length()").value(2));
        mvc.perform(as(get("/api/cases").param("complaintId", complaintId).param("disposition", "COMPLETED"),
                PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.totalItems").value(1));
        assertThat(statusChanged.records()).filteredOn(r -> caseId.equals(r.key())).hasSize(1);
    }

    @Test
    void anImportedIrrelevantTicketClosesTheCaseOpenedBeforeItsStatusArrivedAndALiveFinishOnlyShows() throws Exception {
        clock.set(START);
        String importedId = newComplaintId();
        String importedCase = caseIdOf(importedId);
        publish(Topics.COMPLAINTS_ROUTED, routed(importedId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null));
        statusChanged.awaitValue(v -> importedCase.equals(v.path("caseId").asString()), WAIT);
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, channelStatus(importedId, "irrelevant", "ไม่เกี่ยวข้อง",
                "2026-08-12T10:00:00+07:00", new ChannelStatusDetails(true, true, 0, List.of())));

        JsonNode closed = statusChanged.awaitValue(v -> importedCase.equals(v.path("caseId").asString())
                && v.path("caseVersion").asLong() == 2, WAIT);
        assertThat(closed.path("previousState").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(closed.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(closed.path("disposition").asString()).as("the monthly report has no rejected line")
                .isEqualTo("COMPLETED");
        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(
                as(get("/api/cases/{caseId}", importedCase), PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.channelStatus.state").value("irrelevant"))
                .andExpect(jsonPath("$.channelStatus.label").value("ไม่เกี่ยวข้อง"))
                .andExpect(jsonPath("$.evidence").doesNotExist()));

        String liveId = newComplaintId();
        String liveCase = caseIdOf(liveId);
        publish(Topics.COMPLAINTS_ROUTED, routed(liveId, 1, RoutingKind.INITIAL, PATHUM_WAN,
                Disposition.FORWARDED_TO_UNIT, null));
        statusChanged.awaitValue(v -> liveCase.equals(v.path("caseId").asString()), WAIT);
        publish(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, channelStatus(liveId, "finish", "เสร็จสิ้น",
                "2026-08-21T09:00:00+07:00", new ChannelStatusDetails(true, false, null, List.of(AFTER))));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(
                as(get("/api/cases/{caseId}", liveCase), PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.channelStatus.state").value("finish"))
                .andExpect(jsonPath("$.evidence[0].url").value(AFTER.url()))
                .andExpect(jsonPath("$.state").value("FORWARDED_TO_UNIT"))
                .andExpect(jsonPath("$.caseVersion").value(1)));
    }

    private static ComplaintChannelStatusUpdated channelStatus(String complaintId, String type, String label, String at,
            ChannelStatusDetails details) {
        return new ComplaintChannelStatusUpdated(UUID.randomUUID(), Instant.parse("2026-08-20T03:00:00Z"), complaintId,
                ComplaintChannelStatusUpdated.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, "2026-B9WGC7",
                OffsetDateTime.parse(at), type, label, null, null, details);
    }
}
