package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static th.bma.anticorruption.launcher.PlatformClient.JSON;
import static th.bma.anticorruption.launcher.PlatformClient.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The complainant's side against the real local run, as a new user would try it: a 1555 call about a staff member
 * goes to the ก.ก. office; {@code dashboard-ui/e2e/track.spec.mjs} in headless Chromium at a phone's width enters the
 * code of the call's 202 on {@code /track/} and sees the status; the investigator writes a question through the API;
 * the complainant sees it and answers with a photo and their phone number; the investigator reads the answer and opens
 * the photo, which the public side cannot. Then nothing of the complainant (the phone number they wrote, their
 * browser) is in any process's output, on any topic or in the conversation's stored text.
 */
@Order(4)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class TrackPageBrowserEndToEndIT {

    private static final long BROWSER_TEST_MINUTES = 3;
    private static final Duration FLOW = Duration.ofSeconds(90);
    /** The reply's phone number as track.spec.mjs writes it, and the name headless Chromium gives itself. */
    private static final List<String> COMPLAINANT_TRACES = List.of("081-234-5678", "0812345678", "HeadlessChrome");

    @Test
    void aComplainantFollowsTheirCallAnswersTheInvestigatorWithAPhotoAndStaysUnknown(PlatformUnderTest platform,
            PlatformClient client) throws Exception {
        Path dashboardUi = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize()
                .resolve("dashboard-ui");
        assumeTrue(Files.isExecutable(NodeBrowserTest.CHROMIUM), "no Chromium at "
                + NodeBrowserTest.CHROMIUM + ": .ci/run installs Debian's chromium");
        assumeTrue(NodeBrowserTest.nodeWorks(), "no Node.js on the PATH");
        assertThat(dashboardUi.resolve("node_modules/playwright-core/package.json")).isRegularFile();

        JsonNode receipt = json(client.post("/api/intake/hotline-1555", "hotline-adapter", staffMisconductCall()));
        String complaintId = receipt.path("complaintId").asString();
        String trackingCode = receipt.path("trackingCode").asString();
        String caseId = awaitInternalTrackCase(client, complaintId);

        Path screenshot = Path.of("target", "e2e", "track-platform.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Path output = screenshot.resolveSibling("track-platform.out");
        ProcessBuilder browserTest = new ProcessBuilder("node", "e2e/track.spec.mjs")
                .directory(dashboardUi.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        browserTest.environment().putAll(Map.of(
                "GATEWAY_URL", client.gateway("").toString(),
                "TRACKING_CODE", trackingCode,
                "CASE_ID", caseId,
                "OFFICER_TOKEN", client.token("investigator"),
                "SCREENSHOT", screenshot.toString(),
                "CHROMIUM", NodeBrowserTest.CHROMIUM.toString()));
        Process run = browserTest.start();
        boolean ended = run.waitFor(BROWSER_TEST_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the browser test ended within %d minutes:%n%s", BROWSER_TEST_MINUTES, printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains("track browser test passed");
        assertThat(screenshot).isRegularFile();

        JsonNode theCase = json(client.get("/api/cases/" + caseId, "director"));
        assertThat(theCase.path("timeline").valueStream().map(e -> e.path("event").asString()))
                .contains("MESSAGE_TO_COMPLAINANT", "COMPLAINANT_REPLIED");
        assertThat(client.get("/api/cases/" + caseId + "/messages", "pathumwan-officer").statusCode())
                .as("a unit officer outside the case meets nothing").isEqualTo(404);

        List<String> found = new ArrayList<>();
        for (Path file : platform.outputFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            COMPLAINANT_TRACES.stream().filter(text::contains)
                    .forEach(t -> found.add("log " + file.getFileName() + ": " + t));
        }
        found.addAll(onKafka(platform));
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + platform.port("mongodb"))) {
            for (Document message : mongo.getDatabase("cases").getCollection("case_messages")
                    .find(new Document("caseId", caseId))) {
                COMPLAINANT_TRACES.stream().filter(message.toJson()::contains).forEach(t -> found.add("message: " + t));
            }
        }
        assertThat(found).as("where a trace of the complainant was found").isEmpty();
    }

    /** A call whose caller stays anonymous about a staff member at ชำนาญการ level: the ก.ก. office's track. */
    private static String staffMisconductCall() {
        ObjectNode call = JSON.createObjectNode()
                .put("callId", "1555-TRACK-" + System.nanoTime())
                .put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("operatorId", "OP-07")
                .put("category", "ทุจริต")
                .put("description", "เจ้าหน้าที่ฝ่ายโยธาเรียกรับเงินค่าเซ็นใบอนุญาตก่อสร้าง บอกว่าถ้าไม่จ่ายจะไม่อนุมัติ")
                .put("district", "ปทุมวัน");
        call.putObject("caller").put("anonymous", true);
        call.putObject("accused").put("position", "นายช่างโยธา").put("positionLevel", "ชำนาญการ")
                .put("unit", "ฝ่ายโยธา สำนักงานเขตปทุมวัน");
        return call.toString();
    }

    private static String awaitInternalTrackCase(PlatformClient client, String complaintId) {
        String[] caseId = new String[1];
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode items = json(client.get("/api/cases?complaintId=" + complaintId, "director")).path("items");
            assertThat(items.size()).isEqualTo(1);
            assertThat(items.path(0).path("state").asString()).isEqualTo("PRELIMINARY_REVIEW");
            caseId[0] = items.path(0).path("caseId").asString();
        });
        return caseId[0];
    }

    /** Every record of every topic, read from the start: none carries a trace of the complainant. */
    private static List<String> onKafka(PlatformUnderTest platform) throws Exception {
        String bootstrap = "localhost:" + platform.port("kafka");
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics().names().get();
        }
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
                    COMPLAINANT_TRACES.stream().filter(value::contains)
                            .forEach(t -> found.add("topic " + record.topic() + ": " + t));
                }
            }
        }
        return found;
    }
}
