package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity canary: a complainant whose name, phone, national id and house number exist nowhere else goes through
 * the whole platform twice: a 1555 call (identity given apart and repeated in the story) and a Traffy ticket with no
 * identity fields whose citizen names themselves in the text (dotted phone, house number); an officer then quotes
 * the complainant in a reroute reason and a progress note (spaced phone). Afterwards no process's output, no record
 * or header on any Kafka topic (dead-letter topics included), no service's metrics and no MongoDB collection but the
 * sealed ones holds any of them in any form ({@link CanaryMarkers}); only the confidentiality officer, signed in as a
 * person, gets them back through the audited reveals of intake, routing and case tracking.
 */
@Order(2)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class IdentityCanaryEndToEndIT {

    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final String SEALED_COLLECTION = "intake.sealedIdentities";
    private static final Set<String> SEALED_COLLECTIONS = Set.of(SEALED_COLLECTION, "intake.sealedTexts",
            "routing.sealedTexts", "cases.sealedTexts");
    private static final List<String> PROCESSES_WITH_METRICS = List.of("gateway", "intake", "routing", "cases",
            "statistics", "auth");
    private static final String REASON = "ตรวจสอบข้อเท็จจริงตามคำสั่งผู้อำนวยการศูนย์ เพื่อติดต่อผู้ร้องกลับ";

    private final CanaryMarkers canary = new CanaryMarkers();

    @Test
    void theComplainantsIdentityIsNowhereButSealedAndTheAuditedRevealGivesItBack(PlatformUnderTest platform,
            PlatformClient client) throws Exception {
        JsonNode acknowledgement = json(client.post("/api/intake/hotline-1555", "hotline-adapter", canaryCall()));
        String complaintId = acknowledgement.path("complaintId").asString();

        JsonNode opened = awaitCaseOf(client, complaintId);
        JsonNode read = json(client.get("/api/cases/" + opened.path("caseId").asString(), "director"));
        assertThat(canary.foundIn(read.toString())).as("the case an officer reads").isEmpty();
        assertThat(read.toString()).as("the masked text still says what happened").contains("เทศกิจ");
        assertThat(canary.foundIn(client.postAnonymously("/api/public/track", JSON.createObjectNode()
                .put("trackingCode", acknowledgement.path("trackingCode").asString()).toString()).body())).isEmpty();
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + platform.port("mongodb"))) {
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).until(() -> mongo.getDatabase("statistics")
                    .getCollection("complaints").find(Filters.eq("_id", complaintId)).first() != null);
        }

        String selfNamedId = selfNamedTrafficTicketQuotedByOfficers(client);

        assertThat(client.post(revealPath(complaintId), "director", revealRequest()).statusCode())
                .as("only the confidentiality officer may reveal").isEqualTo(403);
        assertThat(client.post(revealPath(complaintId), "confidentiality-officer", revealRequest()).statusCode())
                .as("a client's own token is no named person").isEqualTo(403);
        String person = client.signIn("confidentiality");
        assertThat(client.postWithToken(revealPath(complaintId), person, JSON.createObjectNode()
                .put("reason", "ขอดูขอดูขอดูขอดูขอดู").toString()).statusCode()).as("a reason of substance").isEqualTo(400);
        JsonNode revealed = json(client.postWithToken(revealPath(complaintId), person, revealRequest()));
        assertThat(revealed.path("name").asString()).isEqualTo(canary.name);
        assertThat(revealed.path("phone").asString()).isEqualTo(canary.phoneDigits());
        assertThat(revealed.path("nationalId").asString()).isEqualTo(canary.nationalId);
        assertThat(revealed.path("email").asString()).isEqualTo(canary.email);
        assertThat(revealed.path("originalDescription").asString()).contains(canary.phone, canary.nationalId);
        assertThat(canary.foundIn(revealed.toString())).as("the search finds what is there")
                .contains("name", "surname", "phone digits", "phone dashed", "national id digits", "e-mail");
        JsonNode audit = json(client.get("/api/intake/audit/identity-reveals?limit=1000", "auditor"));
        assertThat(audit.valueStream().filter(entry -> complaintId.equals(entry.path("complaintId").asString())).toList())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.path("officerId").asString()).isEqualTo("confidentiality");
                    assertThat(entry.path("reason").asString()).isEqualTo(REASON);
                    assertThat(entry.path("revealedAt").asString()).isNotBlank();
                });

        JsonNode traffy = json(client.postWithToken(revealPath(selfNamedId), person, revealRequest()));
        assertThat(traffy.path("originalDescription").asString()).contains(canary.surname, canary.phoneDotted(),
                canary.houseNumber);
        JsonNode reasons = json(client.postWithToken("/api/routing/complaints/" + selfNamedId
                + "/officers-texts/reveal", person, revealRequest()));
        assertThat(reasons.toString()).contains(canary.phoneSpaced());
        String caseId = awaitCaseOf(client, selfNamedId).path("caseId").asString();
        JsonNode notes = json(client.postWithToken("/api/cases/" + caseId + "/officers-texts/reveal", person,
                revealRequest()));
        assertThat(notes.toString()).contains(canary.surname, canary.phoneSpaced());
        assertThat(json(client.get("/api/routing/audit/officers-texts-reveals", "auditor")).toString())
                .contains(selfNamedId, "confidentiality");
        assertThat(json(client.get("/api/cases/audit/officers-texts-reveals", "auditor")).toString())
                .contains(caseId, "confidentiality");

        Map<String, List<String>> leaks = new HashMap<>();
        leaks.putAll(inProcessOutput(platform));
        leaks.putAll(onKafka(platform));
        leaks.putAll(inMetrics(client));
        leaks.putAll(inMongo(platform));
        assertThat(leaks).as("where a form of the canary's identity was found").isEmpty();
    }

    /** A 1555 call whose caller gives name, phone, id and e-mail, and says them again in the story. */
    private String canaryCall() {
        ObjectNode call = JSON.createObjectNode()
                .put("callId", "1555-CANARY-" + canary.surname.hashCode())
                .put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("operatorId", "OP-15")
                .put("category", "ทุจริต")
                .put("description", "ผู้ร้องชื่อ" + canary.name + " โทร " + canary.phone + " เลขประจำตัวประชาชน "
                        + canary.nationalId + " อีเมล " + canary.email + " แจ้งว่าเจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้า"
                        + "หาบเร่แผงลอยหน้าตลาดสามย่านทุกวัน")
                .put("district", "ปทุมวัน");
        call.putObject("caller").put("name", canary.name).put("phone", canary.phone)
                .put("nationalId", canary.nationalId).put("email", canary.email).put("anonymous", false);
        return call.toString();
    }

    /**
     * A Traffy ticket (no identity fields) whose citizen names themselves with title, house number and a dotted
     * phone; the director reroutes it quoting the spaced phone and files a progress note naming the complainant.
     */
    private String selfNamedTrafficTicketQuotedByOfficers(PlatformClient client) {
        String ticketId = "2026-C" + String.format("%05d", Math.floorMod(canary.surname.hashCode(), 100000));
        ObjectNode ticket = JSON.createObjectNode()
                .put("timestamp", OffsetDateTime.now(ZoneOffset.ofHours(7)).format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")))
                .put("ticket_id", ticketId)
                .put("description", "ดิฉันชื่อ" + canary.name + " บ้านเลขที่ " + canary.houseNumber + " โทร "
                        + canary.phoneDotted() + " เจ้าหน้าที่เทศกิจเรียกรับเงินจากแม่ค้าหาบเร่แผงลอยหน้าตลาดสามย่าน"
                        + "ทุกวัน วันละ 200 บาท")
                .put("type_id", "27").put("type", "ทุจริต")
                .put("latitude", 13.7323).put("longitude", 100.5291)
                .put("address", "ถนนพญาไท แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330");
        ticket.putArray("photo");
        ticket.putArray("orgs").addObject().put("org_id", "1007").put("org", "ฝ่ายเทศกิจ เขตปทุมวัน");
        String complaintId = json(client.post("/api/intake/traffy-fondue", "traffy-adapter", ticket.toString()))
                .path("complaintId").asString();
        String caseId = awaitCaseOf(client, complaintId).path("caseId").asString();
        json(client.post("/api/routing/complaints/" + complaintId + "/reroute", "director", JSON.createObjectNode()
                .put("destinationCode", "BUREAU-CITY-LAW-ENFORCEMENT")
                .put("reason", "ผู้ร้องขอให้ส่งสำนักเทศกิจ ติดต่อกลับ " + canary.phoneSpaced()).toString()));
        json(client.post("/api/cases/" + caseId + "/progress", "director", JSON.createObjectNode()
                .put("note", "สอบปากคำผู้ร้อง " + canary.name + " โทร " + canary.phoneSpaced() + " แล้ว").toString()));
        JsonNode read = json(client.get("/api/cases/" + caseId, "director"));
        assertThat(canary.foundIn(read.toString())).as("the case an officer reads").isEmpty();
        assertThat(read.toString()).contains("เทศกิจ");
        return complaintId;
    }

    private static String revealPath(String complaintId) {
        return "/api/intake/complaints/" + complaintId + "/identity/reveal";
    }

    private static String revealRequest() {
        return JSON.createObjectNode().put("reason", REASON).toString();
    }

    private static JsonNode awaitCaseOf(PlatformClient client, String complaintId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode items = json(client.get("/api/cases?complaintId=" + complaintId, "director")).path("items");
            assertThat(items.size()).isEqualTo(1);
            found[0] = items.path(0);
        });
        return found[0];
    }

    /** Every process's output: the launcher's and each child's {@code logs/<name>.log}. */
    private Map<String, List<String>> inProcessOutput(PlatformUnderTest platform) throws Exception {
        Map<String, List<String>> leaks = new HashMap<>();
        List<Path> files = platform.outputFiles();
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("complaint-intake-service.log",
                "routing-service.log", "case-tracking-service.log", "statistics-service.log", "gateway.log",
                "authorization-server.log", "kafka.log", "mongodb.log");
        for (Path file : files) {
            record(leaks, "log " + file.getFileName(), canary.foundIn(new String(Files.readAllBytes(file),
                    StandardCharsets.UTF_8)));
        }
        return leaks;
    }

    /** Every record of every topic, internal and dead-letter ones included: key, value, header names and values. */
    private Map<String, List<String>> onKafka(PlatformUnderTest platform) throws Exception {
        String bootstrap = "localhost:" + platform.port("kafka");
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        }
        assertThat(topics).contains("complaints.received.v1", "statistics.monthly.v1");
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        Map<String, List<String>> leaks = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read every topic to its end").isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    String where = "topic " + record.topic();
                    record(leaks, where + " key", canary.foundIn(text(record.key())));
                    record(leaks, where + " value", canary.foundIn(text(record.value())));
                    for (Header header : record.headers()) {
                        record(leaks, where + " header " + header.key(), canary.foundIn(header.key() + "="
                                + text(header.value())));
                    }
                }
            }
        }
        assertThat(records).as("records read").isPositive();
        return leaks;
    }

    private Map<String, List<String>> inMetrics(PlatformClient client) {
        Map<String, List<String>> leaks = new HashMap<>();
        for (String process : PROCESSES_WITH_METRICS) {
            var metrics = client.getDirect(process, "/actuator/prometheus");
            assertThat(metrics.statusCode()).as(process + " /actuator/prometheus").isEqualTo(200);
            assertThat(metrics.body()).contains("application=");
            record(leaks, "metrics of " + process, canary.foundIn(metrics.body()));
        }
        return leaks;
    }

    /** Every document of every collection of every database, except the sealed identities. */
    private Map<String, List<String>> inMongo(PlatformUnderTest platform) {
        Map<String, List<String>> leaks = new HashMap<>();
        List<String> collections = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + platform.port("mongodb"))) {
            for (String databaseName : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    String where = databaseName + "." + collection;
                    collections.add(where);
                    if (SEALED_COLLECTIONS.contains(where)) {
                        continue;
                    }
                    for (Document document : database.getCollection(collection).find()) {
                        record(leaks, "collection " + where, canary.foundIn(document.toJson()));
                    }
                }
            }
        }
        assertThat(collections).contains(SEALED_COLLECTION, "intake.complaints", "routing.decisions",
                "statistics.complaints");
        return leaks;
    }

    private static void record(Map<String, List<String>> leaks, String where, List<String> forms) {
        if (!forms.isEmpty()) {
            leaks.merge(where, forms, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                b.stream().filter(f -> !all.contains(f)).forEach(all::add);
                return all;
            });
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
