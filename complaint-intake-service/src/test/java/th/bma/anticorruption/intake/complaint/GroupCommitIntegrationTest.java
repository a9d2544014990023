package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * Requests are stored and published in batches: while the broker holds one batch, the requests that arrive wait
 * and go together as the next one, each answered with its own complaint and tracking code once that batch is
 * acknowledged; a ticket pushed twice into one batch (or two batches at once) is stored once and both pushes get its
 * tracking code.
 */
class GroupCommitIntegrationTest extends IntakeIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private ComplaintIntake intake;

    private final ExecutorService channels = Executors.newFixedThreadPool(24);

    @AfterEach
    void stop() {
        sender().release();
        channels.shutdownNow();
    }

    @Test
    void concurrentRequestsWaitingBehindABatchAreStoredAndSentAsOneBatchEachWithItsOwnAnswer() {
        int before = complaintSends().size();
        sender().hold();
        CompletableFuture<HttpResponse<String>> decoy = push("2026-GRP000");
        await().atMost(WAIT).until(() -> sender().held() == 1);
        List<CompletableFuture<HttpResponse<String>>> pushes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            pushes.add(push("2026-GRP%03d".formatted(i)));
        }
        await().atMost(WAIT).until(() -> eventsIn(complaintSends().subList(before, complaintSends().size()))
                + intake.waitingRequests() == 21);

        sender().release();

        Set<String> codes = new HashSet<>();
        Set<String> complaintIds = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> push : pushes) {
            HttpResponse<String> answer = push.join();
            assertThat(answer.statusCode()).isEqualTo(202);
            codes.add(json(answer).get("trackingCode").asString());
            complaintIds.add(json(answer).get("complaintId").asString());
        }
        assertThat(decoy.join().statusCode()).isEqualTo(202);
        assertThat(codes).hasSize(20);
        assertThat(complaintIds).hasSize(20);
        List<List<OutboxEvent>> sends = complaintSends().subList(before, complaintSends().size());
        assertThat(eventsIn(sends)).isEqualTo(21);
        assertThat(sends).as("21 complaints in at most 3 sends (the decoy's, a second committer's, the rest)")
                .hasSizeLessThanOrEqualTo(3);
        assertThat(sends).anySatisfy(send -> assertThat(send).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aTicketPushedTwiceIntoOneBatchIsStoredOnceAndBothPushesGetItsTrackingCode() {
        int before = complaintSends().size();
        sender().hold();
        CompletableFuture<HttpResponse<String>> first = push("2026-DUP100");
        await().atMost(WAIT).until(() -> sender().held() == 1);
        CompletableFuture<HttpResponse<String>> second = push("2026-DUP101");
        await().atMost(WAIT).until(() -> sender().held() == 2);
        CompletableFuture<HttpResponse<String>> once = push("2026-DUP102");
        CompletableFuture<HttpResponse<String>> twice = push("2026-DUP102");
        await().atMost(WAIT).until(() -> intake.waitingRequests() == 2);

        sender().release();

        assertThat(first.join().statusCode()).isEqualTo(202);
        assertThat(second.join().statusCode()).isEqualTo(202);
        HttpResponse<String> a = once.join();
        HttpResponse<String> b = twice.join();
        assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(202, 200);
        JsonNode answer = json(a);
        assertThat(answer.get("trackingCode").asString()).isNotBlank();
        assertThat(json(b)).as("the same body: complaint id and tracking code").isEqualTo(answer);
        String complaintId = answer.get("complaintId").asString();
        assertThat(complaintSends().subList(before, complaintSends().size()).stream().flatMap(List::stream)
                .filter(event -> event.key().equals(complaintId))).as("stored and sent once").hasSize(1);
    }

    @Test
    void withinOneBatchTheSecondPushOfATicketGetsTheFirstOnesAnswerAsARepush() {
        IncomingComplaint complaint = new IncomingComplaint(Channel.TRAFFY_FONDUE, "2026-DUP200",
                OffsetDateTime.parse("2026-08-20T22:25:37+07:00"), "ปทุมวัน", List.of("ร้องเรียน"), "ฝ่ายเทศกิจ เขตปทุมวัน",
                "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าแผงลอย", null, null, null);

        List<IntakeReceipt> receipts = intake.storeAll(intake.prepareAll(List.of(complaint, complaint)));

        assertThat(receipts.get(0).outcome()).isEqualTo(IntakeReceipt.Outcome.CREATED);
        assertThat(receipts.get(1).outcome()).isEqualTo(IntakeReceipt.Outcome.ALREADY_RECEIVED);
        assertThat(receipts.get(1).complaintId()).isEqualTo(receipts.get(0).complaintId());
        assertThat(receipts.get(1).trackingCode()).isNotBlank().isEqualTo(receipts.get(0).trackingCode());
    }

    private CompletableFuture<HttpResponse<String>> push(String ticketId) {
        String body = ticket(ticketId);
        return CompletableFuture.supplyAsync(
                () -> send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body), channels);
    }

    private List<List<OutboxEvent>> complaintSends() {
        return sender().calls().stream()
                .filter(call -> !call.isEmpty() && call.get(0).topic().equals(Topics.COMPLAINTS_RECEIVED)).toList();
    }

    private static int eventsIn(List<List<OutboxEvent>> sends) {
        return sends.stream().mapToInt(List::size).sum();
    }

    private static String ticket(String ticketId) {
        return """
                {"timestamp": "2026-08-20 22:25:37.433959", "ticket_id": "%s",
                 "description": "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าแผงลอยหน้าสยามวันละ 300 บาท", "type_id": 21,
                 "type": "ร้องเรียน", "latitude": 13.7437, "longitude": 100.5292,
                 "address": "1 ถนนพระรามที่ 1 แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330",
                 "orgs": [{"org_id": 1007, "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}
                """.formatted(ticketId);
    }
}
