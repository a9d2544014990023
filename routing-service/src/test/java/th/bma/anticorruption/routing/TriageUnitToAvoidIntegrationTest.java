package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * A complaint that waits in triage because routing cannot tell whether it accuses the place's own people: resolving
 * it to the place's unit is refused like a resolution to the accused's unit, and a body above it is accepted.
 */
class TriageUnitToAvoidIntegrationTest extends RoutingIntegrationTestSupport {

    @Test
    void hearsayAboutThePlacesOwnPeopleCannotBeResolvedToThePlacesUnit() throws Exception {
        ComplaintReceived hearsay = Complaints.received(new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-CT7Q45",
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "จอมทอง", List.of("ทุจริต"), "เขตจอมทอง",
                "ได้ข่าวว่าที่ดินว่างหลังวัดถูกขายให้นายทุน มีคนบอกว่ามีคนในเขตช่วย ไม่รู้จริงไหม", null, null, "hash"));
        publish(hearsay);
        JsonNode initial = awaitRouted(hearsay.complaintId(), v -> true);
        assertThat(initial.path("destination").path("kind").asString()).isEqualTo("TRIAGE");

        Response toThePlace = post("/api/routing/triage/" + hearsay.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "OTHER", "destinationCode", "DISTRICT-1035",
                        "reason", "ส่งเขตจอมทองตรวจสอบ"));

        assertThat(toThePlace.status()).isEqualTo(422);
        JsonNode violation = toThePlace.body().path("violations").get(0);
        assertThat(violation.path("field").asString()).isEqualTo("destinationCode");
        assertThat(violation.path("rule").asString()).isEqualTo("not-accuseds-unit");
        assertThat(violation.path("message").asString()).contains("Chom Thong District Office", "cannot be told");

        Response above = post("/api/routing/triage/" + hearsay.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "OTHER", "destinationCode", "CSC-OFFICE",
                        "reason", "ส่งสำนักงาน ก.ก. ตรวจสอบข้อเท็จจริงเบื้องต้น"));
        assertThat(above.status()).isEqualTo(200);
        assertThat(awaitRouted(hearsay.complaintId(), v -> "TRIAGE_RESOLVED".equals(v.path("kind").asString()))
                .path("destination").path("code").asString()).isEqualTo("CSC-OFFICE");
    }
}
