package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.bma.anticorruption.launcher.PlatformClient.JSON;
import static th.bma.anticorruption.launcher.PlatformClient.json;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.reference.ReferenceComplaint;
import th.bma.anticorruption.statistics.reference.ReferenceMonths;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three months of the centre's monthly report, driven through the gateway of the real
 * local run ({@link ReferenceMonthsOnPlatform}), read back exactly from the statistics API, from the
 * {@code statistics.monthly.v1} topic and in the Thai text report.
 * <p>
 * The platform's clock is the real one, so April 2023 is a past month here: its figures are those of the complaints
 * received 1–21 April (all the reference has), but the report cannot say "month to date" as on 21 April 2023.
 */
@Order(1)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class ReferenceMonthsEndToEndIT {

    private static final Duration FLOW = Duration.ofMinutes(2);

    @BeforeAll
    static void driveTheReferenceMonths(PlatformUnderTest platform, PlatformClient client) {
        ReferenceMonthsOnPlatform.ensureDriven(platform, client);
    }

    @Test
    void theStatisticsApiGivesExactlyTheReferenceFigures(PlatformClient client) {
        assertFigures(client, ReferenceMonths.FEBRUARY_2023, ReferenceMonths.february2023(), 23);
        assertFigures(client, ReferenceMonths.MARCH_2023, ReferenceMonths.march2023(), 52);
        assertFigures(client, ReferenceMonths.APRIL_2023, ReferenceMonths.april2023ToDate(), 16);
    }

    @Test
    void theTopicCarriesExactlyTheReferenceFigures(PlatformUnderTest platform) {
        try (TopicReader topic = new TopicReader("localhost:" + platform.port("kafka"), Topics.STATISTICS_MONTHLY)) {
            for (List<ReferenceComplaint> month : List.of(ReferenceMonths.february2023(), ReferenceMonths.march2023(),
                    ReferenceMonths.april2023ToDate())) {
                ObjectNode expected = figuresOf(month);
                String key = YearMonth.from(month.get(0).receivedAt()).toString();
                JsonNode published = topic.awaitValue(value -> key.equals(value.path("month").asString())
                        && sameFigures(value, expected), FLOW);
                assertThat(published.path("received").asInt()).isEqualTo(month.size());
            }
            assertThat(topic.records()).filteredOn(r -> "2023-02".equals(r.key())).isNotEmpty();
        }
    }

    @Test
    void theThaiReportSaysWhatTheCentreReported(PlatformClient client) {
        awaitFigures(client, ReferenceMonths.FEBRUARY_2023, ReferenceMonths.february2023());
        awaitFigures(client, ReferenceMonths.MARCH_2023, ReferenceMonths.march2023());
        awaitFigures(client, ReferenceMonths.APRIL_2023, ReferenceMonths.april2023ToDate());

        assertThat(thaiReport(client, "2023-02")).startsWith("""
                สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)
                ประจำเดือน ก.พ. 66
                รับเรื่องร้องเรียน 23 เรื่อง
                ช่องทาง: Traffy Fondue 15 เรื่อง (โยธา 2 เรื่อง, เทศกิจ 4 เรื่อง, สิ่งแวดล้อม 1 เรื่อง, อื่นๆ 8 เรื่อง) \
                และผู้บริหารกทม. 8 เรื่อง (อื่นๆ 8 เรื่อง)
                แบ่งเป็น สายงานโยธา 2 เรื่อง สายงานเทศกิจ 4 เรื่อง สายงานรายได้ 0 เรื่อง สายงานสิ่งแวดล้อม 1 เรื่อง \
                และสายงานอื่นๆ 16 เรื่อง
                ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 4 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 5 เรื่อง \
                ส่งต่อให้คณะทำงานดำเนินการ 11 เรื่อง ส่งเรื่องให้สำนักงาน ป.ป.ช. 2 เรื่อง ส่งเรื่องให้สำนักงาน ป.ป.ท. 1 เรื่อง
                ข้อมูล ณ วันที่ """);
        assertThat(thaiReport(client, "2023-03")).contains("ประจำเดือน มี.ค. 66\n", "รับเรื่องร้องเรียน 52 เรื่อง\n",
                "แบ่งเป็น สายงานโยธา 2 เรื่อง สายงานเทศกิจ 12 เรื่อง สายงานรายได้ 1 เรื่อง สายงานสิ่งแวดล้อม 3 เรื่อง"
                        + " และสายงานอื่นๆ 34 เรื่อง\n",
                "ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 14 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 22 เรื่อง"
                        + " ส่งต่อให้คณะทำงานดำเนินการ 15 เรื่อง อยู่ระหว่างตรวจสอบข้อมูล 1 เรื่อง\n");
        assertThat(thaiReport(client, "2023-04")).contains("ประจำเดือน เม.ย. 66", "รับเรื่องร้องเรียน 16 เรื่อง\n",
                "แบ่งเป็น สายงานโยธา 3 เรื่อง สายงานเทศกิจ 2 เรื่อง สายงานรายได้ 2 เรื่อง สายงานสิ่งแวดล้อม 1 เรื่อง"
                        + " และสายงานอื่นๆ 8 เรื่อง\n",
                "ผลการดำเนินการ: ส่งต่อให้หน่วยงานดำเนินการ 10 เรื่อง ส่งต่อให้คณะทำงานดำเนินการ 3 เรื่อง"
                        + " อยู่ระหว่างตรวจสอบข้อมูล 3 เรื่อง\n");
    }

    private static String thaiReport(PlatformClient client, String month) {
        var response = client.get("/api/statistics/monthly/" + month + "/report?lang=th", "dashboard");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void assertFigures(PlatformClient client, YearMonth month, List<ReferenceComplaint> complaints,
            int receivedInDomainMd) {
        assertThat(complaints).hasSize(receivedInDomainMd);
        JsonNode figures = awaitFigures(client, month, complaints);
        assertThat(figures.path("received").asInt()).isEqualTo(receivedInDomainMd);
    }

    /** Waits until the month's figures in the statistics API are exactly those of the reference complaints. */
    static JsonNode awaitFigures(PlatformClient client, YearMonth month, List<ReferenceComplaint> complaints) {
        ObjectNode expected = figuresOf(complaints);
        JsonNode[] figures = new JsonNode[1];
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            figures[0] = json(client.get("/api/statistics/monthly/" + month, "dashboard"));
            for (String field : List.of("received", "byChannel", "byLineOfWork", "byChannelAndLineOfWork",
                    "byDisposition")) {
                assertThat(figures[0].path(field)).as(month + " " + field).isEqualTo(expected.path(field));
            }
        });
        return figures[0];
    }

    private static boolean sameFigures(JsonNode value, ObjectNode expected) {
        return List.of("received", "byChannel", "byLineOfWork", "byChannelAndLineOfWork", "byDisposition").stream()
                .allMatch(field -> value.path(field).equals(expected.path(field)));
    }

    /** The figures the reference complaints make, in the contract's shape (all lines and dispositions named). */
    static ObjectNode figuresOf(List<ReferenceComplaint> complaints) {
        ObjectNode figures = JSON.createObjectNode().put("received", complaints.size());
        ObjectNode byChannel = figures.putObject("byChannel");
        ObjectNode byLine = figures.putObject("byLineOfWork");
        ObjectNode byChannelAndLine = figures.putObject("byChannelAndLineOfWork");
        ObjectNode byDisposition = figures.putObject("byDisposition");
        for (LineOfWork line : LineOfWork.values()) {
            byLine.put(line.name(), (int) complaints.stream().filter(c -> c.lineOfWork() == line).count());
        }
        for (Channel channel : Channel.values()) {
            List<ReferenceComplaint> through = complaints.stream().filter(c -> c.channel() == channel).toList();
            if (!through.isEmpty()) {
                byChannel.put(channel.name(), through.size());
                ObjectNode lines = byChannelAndLine.putObject(channel.name());
                for (LineOfWork line : LineOfWork.values()) {
                    lines.put(line.name(), (int) through.stream().filter(c -> c.lineOfWork() == line).count());
                }
            }
        }
        for (Disposition disposition : Disposition.values()) {
            byDisposition.put(disposition.name(),
                    (int) complaints.stream().filter(c -> c.currentDisposition() == disposition).count());
        }
        return figures;
    }
}
