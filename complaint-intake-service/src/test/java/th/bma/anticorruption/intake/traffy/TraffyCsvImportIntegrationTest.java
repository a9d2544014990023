package th.bma.anticorruption.intake.traffy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.OutboxCollection;
import th.bma.anticorruption.intake.complaint.OutboxDocuments;
import th.bma.anticorruption.intake.complaint.PendingEvents;
import th.bma.anticorruption.intake.complaint.ScreenedOutTallies;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

class TraffyCsvImportIntegrationTest extends IntakeIntegrationTestSupport {

    private static final Logger log = LoggerFactory.getLogger(TraffyCsvImportIntegrationTest.class);
    private static final String DUMP_HEADER = "ticket_id,type,organization,comment,photo,photo_after,coords,address,"
            + "subdistrict,district,province,timestamp,state,star,count_reopen,last_activity";

    @Autowired
    private OutboxDocuments documents;

    @Autowired
    private PendingEvents pending;

    @Autowired
    private ScreenedOutTallies tallies;

    @Autowired
    private MongoTemplate mongo;

    @TempDir
    Path folder;

    @Test
    void bothLayoutsAreImportedMalformedRowsReportedAndARepeatedImportCountsDuplicates() {
        String dump = DUMP_HEADER + "\n"
                + "2023-AAAA01,\"{ถนน,ทุจริต}\",\"เขตบางพลัด,สำนักการโยธา\",ผู้รับเหมาทิ้งงานซ่อมถนน,,,\"100.48871,13.79012\","
                + "ถนนจรัญสนิทวงศ์ แขวงบางยี่ขัน เขตบางพลัด,บางยี่ขัน,บางพลัด,กรุงเทพมหานคร,2023-02-28 17:30:00.123+00,เสร็จสิ้น,,0,\n"
                + "2023-AAAA02,{น้ำท่วม},เขตบางพลัด,ขอเงินชดเชยค่าน้ำท่วม,,,\"100.48,13.79\",,,บางพลัด,กรุงเทพมหานคร,"
                + "2023-03-01 01:00:00+00,รอรับเรื่อง,,0,\n"
                + "2023-AAAA03,{ถนน},เขตบางพลัด,ไฟดับ,,,\"2.35,48.85\",,,บางพลัด,กรุงเทพมหานคร,2023-03-01 01:00:00+00,,,0,\n"
                + "2023-AAAA04,{ถนน},เขตบางพลัด,ไฟดับ,,,\"100.5,13.7\",,,บางพลัด,กรุงเทพมหานคร,เมื่อวาน,,,0,\n";
        JsonNode summary = importCsv(dump);
        assertThat(summary.get("rows").asLong()).isEqualTo(4);
        assertThat(summary.get("accepted").asLong()).isEqualTo(1);
        assertThat(summary.get("outOfScope").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(2);
        assertThat(summary.get("rejections").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(summary.get("rejections").get(0).get("violations").get(0).get("rule").asString()).isEqualTo("inside-thailand");
        assertThat(summary.get("rejections").get(1).get("violations").get(0).get("field").asString()).isEqualTo("timestamp");

        String complaintId = ComplaintIntake.complaintIdOf(Channel.TRAFFY_FONDUE, "2023-AAAA01");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), Duration.ofSeconds(30));
            // 2023-02-28 17:30 UTC is 1 March in Bangkok: the complaint counts in March 2023.
            assertThat(event.get("complaint").get("receivedAt").asString()).isEqualTo("2023-03-01T00:30:00.123+07:00");
            assertThat(event.get("complaint").get("district").asString()).isEqualTo("บางพลัด");
        }

        JsonNode again = importCsv(dump);
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);
        assertThat(again.get("rejected").asLong()).isEqualTo(2);

        String exchange = "ticket_id,timestamp,type,description,latitude,longitude,address,org,state\n"
                + "2026-EXCH01,2026-08-20 22:25:37.433959,ร้องเรียน,เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ,13.74,100.53,"
                + "แขวงวังใหม่ เขตปทุมวัน,ฝ่ายเทศกิจ เขตปทุมวัน,รอรับเรื่อง\n";
        JsonNode fromExchange = importCsv(exchange);
        assertThat(fromExchange.get("accepted").asLong()).isEqualTo(1);
        assertThat(documents.findByChannelRecord(OutboxCollection.COMPLAINTS, "TRAFFY_FONDUE", "2026-EXCH01")).isPresent();

        HttpResponse<String> unknown = send("POST", "/api/intake/traffy-fondue/import", PlatformRoles.CHANNEL_ADAPTER,
                "id,text\n1,x\n", "text/csv");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("violations").get(0).get("rule").asString()).isEqualTo("layout");
    }

    /**
     * 20,000 rows in the regular build (the module's suite stays short on a shared 2-core machine); the measured
     * 100,000-row run of docs/intake.md is {@code -Dintake.import.rows=100000}.
     */
    @Test
    void aLargePublicDumpIsStreamedInAndCountedExactly() throws IOException {
        int rows = Integer.getInteger("intake.import.rows", 20_000);
        Path csv = folder.resolve("traffy-dump.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(DUMP_HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row(i));
                out.write('\n');
            }
        }
        JsonNode summary = importFile(csv, rows);
        assertThat(summary.get("rows").asLong()).isEqualTo(rows);
        long broken = (rows + 4_999) / 5_000;
        long aboutCorruption = (rows + 9) / 10 + (rows + 8) / 10;
        assertThat(summary.get("rejected").asLong()).isEqualTo(broken);
        assertThat(summary.get("accepted").asLong()).isEqualTo(aboutCorruption - broken);
        assertThat(summary.get("outOfScope").asLong()).isEqualTo(rows - aboutCorruption);
        assertThat(summary.get("duplicates").asLong()).isZero();
        assertThat(pending.count()).as("every batch's events acknowledged").isZero();
        assertThat(tallies.pendingCount()).as("every batch's tallies acknowledged").isZero();
        assertThat(tallies.seen("TRAFFY_FONDUE:" + ticketId(rows - 1))).isTrue();
        long keyDocumentsBefore = mongo.getCollection("screenedOutKeys").countDocuments();

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_SCREENED_OUT_TALLIED)) {
            long outOfScope = rows - aboutCorruption;
            await().atMost(Duration.ofSeconds(30)).until(() -> tallied2024(reader) >= outOfScope);
            assertThat(tallied2024(reader)).as("every out-of-scope row counted once, by month").isEqualTo(outOfScope);

            JsonNode again = importFile(csv, rows);
            assertThat(again.get("duplicates").asLong()).as("a re-import answers every row as a duplicate")
                    .isEqualTo(rows - broken);
            assertThat(again.get("accepted").asLong()).isZero();
            assertThat(again.get("outOfScope").asLong()).isZero();
            assertThat(tallied2024(reader)).as("and publishes no tally").isEqualTo(outOfScope);
        }
        assertThat(mongo.getCollection("screenedOutKeys").countDocuments())
                .as("screened-out rows are kept as keys in one document per batch, and a re-import adds none")
                .isEqualTo(keyDocumentsBefore).isLessThan(rows / 100);
    }

    /** The sum of the screened-out tallies of the 2024 months (the large dump's) read so far. */
    private static long tallied2024(TopicReader reader) {
        long sum = 0;
        for (ConsumerRecord<String, byte[]> record : reader.records()) {
            JsonNode tally = JSON.readTree(record.value());
            if (tally.get("month").asString().startsWith("2024-")) {
                sum += tally.get("count").asLong();
            }
        }
        return sum;
    }

    private JsonNode importFile(Path csv, int rows) throws IOException {
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/intake/traffy-fondue/import"))
                    .timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "text/csv")
                    .header("Authorization", "Bearer " + TOKENS.channelToken("traffy-adapter", "TRAFFY_FONDUE"))
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Imported {} rows ({} MB) in {} s: {} rows/s", rows, Files.size(csv) / 1_000_000,
                String.format("%.1f", seconds), Math.round(rows / seconds));
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }

    /** Every 10th row is tagged ทุจริต, every 10th+1 describes a bribe, the rest are city problems; every 5000th is broken. */
    private static String row(int i) {
        String id = ticketId(i);
        String type;
        String comment;
        if (i % 10 == 0) {
            type = "\"{ถนน,ทุจริต}\"";
            comment = "ผู้รับเหมาซ่อมถนนไม่ได้มาตรฐาน งานเสร็จไม่ครบตามสัญญา";
        } else if (i % 10 == 1) {
            type = "{ร้องเรียน}";
            comment = "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยทุกเดือน โทร 0812345678";
        } else {
            type = i % 2 == 0 ? "{น้ำท่วม}" : "{ความสะอาด}";
            comment = i % 2 == 0 ? "ขอเงินชดเชยค่าน้ำท่วม น้ำท่วมขังหน้าบ้านเลขที่ 12/4 สามวันแล้ว"
                    : "ขยะล้นถังหน้าตลาด ค่าเช่าแผงลอยก็จ่ายแล้วแต่ไม่มีคนเก็บ";
        }
        String coords = i % 5000 == 0 ? "\"abc,def\"" : "\"100." + (400 + i % 300) + ",13." + (600 + i % 300) + "\"";
        return id + "," + type + ",\"เขตบางพลัด,สำนักงานเขตบางพลัด\"," + comment + ",https://storage.traffy.in.th/p/"
                + i + ".jpg,," + coords + ",ถนนจรัญสนิทวงศ์ แขวงบางอ้อ เขตบางพลัด,บางอ้อ,บางพลัด,กรุงเทพมหานคร,"
                + "2024-0" + (1 + i % 9) + "-15 03:20:11.5" + (i % 10) + "+00,เสร็จสิ้น,4,0,2024-10-01 00:00:00+00";
    }

    private static String ticketId(int i) {
        return "2024-" + String.format("%6s", Integer.toString(i, 36).toUpperCase()).replace(' ', '0');
    }

    private JsonNode importCsv(String csv) {
        HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue/import", PlatformRoles.CHANNEL_ADAPTER, csv,
                "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }
}
