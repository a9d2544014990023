package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * An officer's decision whose event the broker acknowledged while the store then failed to mark it: the request is
 * answered as decided (the decision is stored and announced), and the relay sends the same event again once the
 * store is back, after which it is marked.
 */
class MarkFailureIntegrationTest extends RoutingIntegrationTestSupport {

    @Autowired
    FailingMarks marks;

    @Autowired
    RecordedSends sends;

    @Autowired
    Outbox<RoutingDecision> outbox;

    @Test
    void aTriageResolutionAndARerouteAreAnsweredWhenTheStoreFailsToMarkThemAndAreRelayedLater() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        awaitRouted(unclear.complaintId(), v -> true);
        List<String> complaint = List.of(unclear.complaintId());
        double resolutionsBefore = publishedFromWebsite("TRIAGE_RESOLVED");
        double reroutesBefore = publishedFromWebsite("REROUTE");

        marks.fail(complaint);
        Response resolved;
        Response rerouted;
        try {
            resolved = post("/api/routing/triage/" + unclear.complaintId() + "/decision",
                    token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "CITY_LAW_ENFORCEMENT",
                            "reason", "โทรสอบถามผู้ร้องแล้ว เป็นเรื่องเทศกิจเก็บเงินแผงลอย"));
            assertThat(resolved.status()).as("stored and acknowledged is decided").isEqualTo(200);
            rerouted = post("/api/routing/complaints/" + unclear.complaintId() + "/reroute",
                    token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "DISTRICT-1007",
                            "reason", "จุดผ่อนผันอยู่ในความดูแลของเขตปทุมวัน"));
            assertThat(rerouted.status()).isEqualTo(200);

            JsonNode reroute = awaitRouted(unclear.complaintId(), v -> "REROUTE".equals(v.path("kind").asString()));
            assertThat(reroute.path("eventId").asString()).isEqualTo(rerouted.body().path("eventId").asString());
            assertThat(marks.publishedAt(unclear.complaintId(), 2)).isEmpty();
            assertThat(marks.publishedAt(unclear.complaintId(), 3)).isEmpty();
            int sendsBefore = sends.about(complaint).size();
            outbox.relay(Duration.ZERO, 10_000);
            assertThat(sends.about(complaint)).as("sent again").hasSizeGreaterThan(sendsBefore);
            assertThat(marks.publishedAt(unclear.complaintId(), 3)).as("still not marked").isEmpty();
            assertThat(publishedFromWebsite("REROUTE")).as("acknowledged, not yet marked").isEqualTo(reroutesBefore);
        } finally {
            marks.recover(complaint);
        }

        outbox.relay(Duration.ZERO, 10_000);
        assertThat(marks.publishedAt(unclear.complaintId(), 2)).isPresent();
        assertThat(marks.publishedAt(unclear.complaintId(), 3)).isPresent();
        assertThat(publishedFromWebsite("TRIAGE_RESOLVED")).as("counted once, when marked")
                .isEqualTo(resolutionsBefore + 1);
        assertThat(publishedFromWebsite("REROUTE")).isEqualTo(reroutesBefore + 1);
        assertThat(routed.records().stream().filter(r -> unclear.complaintId().equals(r.key()))
                .map(r -> JSON.readTree(r.value()).path("eventId").asString()).distinct())
                .as("every send of a decision carries its one event id").hasSize(3)
                .contains(resolved.body().path("eventId").asString(), rerouted.body().path("eventId").asString());
    }
}
