package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.reference.ReferenceComplaint;
import th.bma.anticorruption.statistics.reference.ReferenceMonths;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The three months of the centre's monthly report, driven as case snapshots over Kafka (dispositions
 * changing over time, older snapshots redelivered after newer ones), read back exactly from the API, the topic, the
 * Thai and English text report, the CSV export and the fiscal year. The clock stands at 21 April 2023, 16:00.
 */
class ReferenceMonthsIntegrationTest extends StatisticsIntegrationTestSupport {

    static final String FEBRUARY = """
            {"received":23,
             "byChannel":{"TRAFFY_FONDUE":15,"EXECUTIVE_REFERRAL":8},
             "byLineOfWork":{"PUBLIC_WORKS":2,"CITY_LAW_ENFORCEMENT":4,"REVENUE":0,"ENVIRONMENT":1,"OTHER":16},
             "byChannelAndLineOfWork":{
               "TRAFFY_FONDUE":{"PUBLIC_WORKS":2,"CITY_LAW_ENFORCEMENT":4,"REVENUE":0,"ENVIRONMENT":1,"OTHER":8},
               "EXECUTIVE_REFERRAL":{"PUBLIC_WORKS":0,"CITY_LAW_ENFORCEMENT":0,"REVENUE":0,"ENVIRONMENT":0,"OTHER":8}},
             "byDisposition":{"COMPLETED":4,"FORWARDED_TO_UNIT":5,"FORWARDED_TO_WORKING_GROUP":11,
               "REFERRED_TO_NACC":2,"REFERRED_TO_PACC":1,"UNDER_VERIFICATION":0}}""";
    static final String MARCH = """
            {"received":52,
             "byLineOfWork":{"PUBLIC_WORKS":2,"CITY_LAW_ENFORCEMENT":12,"REVENUE":1,"ENVIRONMENT":3,"OTHER":34},
             "byDisposition":{"COMPLETED":14,"FORWARDED_TO_UNIT":22,"FORWARDED_TO_WORKING_GROUP":15,
               "REFERRED_TO_NACC":0,"REFERRED_TO_PACC":0,"UNDER_VERIFICATION":1}}""";
    static final String APRIL_TO_DATE = """
            {"received":16,
             "byLineOfWork":{"PUBLIC_WORKS":3,"CITY_LAW_ENFORCEMENT":2,"REVENUE":2,"ENVIRONMENT":1,"OTHER":8},
             "byDisposition":{"COMPLETED":0,"FORWARDED_TO_UNIT":10,"FORWARDED_TO_WORKING_GROUP":3,
               "REFERRED_TO_NACC":0,"REFERRED_TO_PACC":0,"UNDER_VERIFICATION":3}}""";

    static final String FEBRUARY_REPORT_TH = """
            สถิติการรับเรื่องร้องเรียนของศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)
            ประจำเดือน ก.พ. 66
            รับเรื่องร้องเรียน 23 เรื่อง
            ช่องทาง: Traffy Fondue 15 เรื่อง (โยธา 2 เรื่อง, เทศกิจ 4 เรื่อง, สิ่งแวดล้อม 1 เรื่อง, อื่นๆ 8 เรื่อง) \
            และผู้บริหารกทม. 8 เรื่อง (อื่นๆ 8 เรื่อง)
            แบ่งเป็น สายงานโยธา 2 เรื่อง สายงานเทศกิจ 4 เรื่อง สายงานรายได้ 0 เรื่อง สายงานสิ่งแวดล้อม 1 เรื่อง \
            และสายงานอื่นๆ 16 เรื่อง
            ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 4 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 5 เรื่อง \
            ส่งต่อให้คณะทำงานดำเนินการ 11 เรื่อง ส่งเรื่องให้สำนักงาน ป.ป.ช. 2 เรื่อง ส่งเรื่องให้สำนักงาน ป.ป.ท. 1 เรื่อง
            ข้อมูล ณ วันที่ 21 เม.ย. 66 เวลา 16.00 น.
            """;
    static final String FEBRUARY_REPORT_EN = """
            Complaints received by the BMA Anti-Corruption Monitoring Centre (ศตท.กทม.)
            February 2023
            23 complaints received
            By channel: Traffy Fondue 15 (public works 2, city law enforcement 4, environment 1, other 8), \
            BMA executives 8 (other 8)
            By line of work: public works 2, city law enforcement 4, revenue 0, environment 1, other 16
            Outcome: completed 4, forwarded to units 5, forwarded to working groups 11, sent to the NACC 2, \
            sent to the PACC 1
            As of 21 April 2023, 16:00 Bangkok time
            """;

    @BeforeAll
    static void driveTheReferenceMonths() {
        List<CaseStatusChanged> firstVersions = new ArrayList<>();
        for (ReferenceComplaint complaint : ReferenceMonths.all()) {
            List<CaseStatusChanged> snapshots = ReferenceMonths.snapshots(complaint, NOW);
            snapshots.forEach(StatisticsIntegrationTestSupport::sendCase);
            firstVersions.add(snapshots.get(0));
        }
        // Redelivered opening snapshots, older than what was counted: they must change nothing.
        firstVersions.forEach(StatisticsIntegrationTestSupport::sendCase);
    }

    @Test
    void theApiReadsExactlyTheReferenceFigures() throws Exception {
        awaitFigures("2023-02", FEBRUARY);
        awaitFigures("2023-03", MARCH);
        awaitFigures("2023-04", APRIL_TO_DATE);
        JsonNode february = monthly("2023-02");
        assertThat(february.path("asOf").asString()).isEqualTo("2023-04-21T16:00:00+07:00");
        long districts = 0;
        for (JsonNode n : february.path("byDistrict")) {
            districts += n.asLong();
        }
        assertThat(districts).isEqualTo(23);
        assertThat(february.path("byDistrict").path("ไม่ระบุ").asLong()).isEqualTo(8);
    }

    @Test
    void theTopicCarriesTheReferenceFiguresKeyedByMonth() {
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.STATISTICS_MONTHLY)) {
            for (var month : List.of(new String[] {"2023-02", FEBRUARY}, new String[] {"2023-03", MARCH},
                    new String[] {"2023-04", APRIL_TO_DATE})) {
                JsonNode expected = JSON.readTree(month[1]);
                reader.awaitValue(v -> month[0].equals(v.path("month").asString()) && contains(v, expected),
                        Duration.ofSeconds(60));
                var records = reader.records().stream().filter(r -> month[0].equals(r.key())).toList();
                assertThat(contains(JSON.readTree(records.get(records.size() - 1).value()), expected))
                        .as("the latest value of %s", month[0]).isTrue();
            }
        }
    }

    @Test
    void theTextReportSaysExactlyWhatTheCentreReported() throws Exception {
        awaitFigures("2023-02", FEBRUARY);
        assertThat(text("/api/statistics/monthly/2023-02/report?lang=th")).isEqualTo(FEBRUARY_REPORT_TH);
        assertThat(text("/api/statistics/monthly/2023-02/report?lang=en")).isEqualTo(FEBRUARY_REPORT_EN);
        assertThat(text("/api/statistics/monthly/2023-02/report?lang=th&digits=thai"))
                .contains("ประจำเดือน ก.พ. ๖๖", "รับเรื่องร้องเรียน ๒๓ เรื่อง", "ส่งเรื่องให้สำนักงาน ป.ป.ช. ๒ เรื่อง")
                .doesNotContainPattern("[0-9]");

        awaitFigures("2023-03", MARCH);
        assertThat(text("/api/statistics/monthly/2023-03/report?lang=th")).contains(
                "ประจำเดือน มี.ค. 66\n",
                "รับเรื่องร้องเรียน 52 เรื่อง",
                "แบ่งเป็น สายงานโยธา 2 เรื่อง สายงานเทศกิจ 12 เรื่อง สายงานรายได้ 1 เรื่อง สายงานสิ่งแวดล้อม 3 เรื่อง "
                        + "และสายงานอื่นๆ 34 เรื่อง",
                "ผลการดำเนินการ: ดำเนินการเสร็จสิ้น 14 เรื่อง ส่งต่อให้หน่วยงานดำเนินการ 22 เรื่อง "
                        + "ส่งต่อให้คณะทำงานดำเนินการ 15 เรื่อง อยู่ระหว่างตรวจสอบข้อมูล 1 เรื่อง\n");

        awaitFigures("2023-04", APRIL_TO_DATE);
        assertThat(text("/api/statistics/monthly/2023-04/report?lang=th")).contains(
                "ประจำเดือน เม.ย. 66 (ตั้งแต่วันที่ 1–21 เม.ย. 66)\n",
                "รับเรื่องร้องเรียน 16 เรื่อง",
                "แบ่งเป็น สายงานโยธา 3 เรื่อง สายงานเทศกิจ 2 เรื่อง สายงานรายได้ 2 เรื่อง สายงานสิ่งแวดล้อม 1 เรื่อง "
                        + "และสายงานอื่นๆ 8 เรื่อง",
                "ผลการดำเนินการ: ส่งต่อให้หน่วยงานดำเนินการ 10 เรื่อง ส่งต่อให้คณะทำงานดำเนินการ 3 เรื่อง "
                        + "อยู่ระหว่างตรวจสอบข้อมูล 3 เรื่อง\n");
        assertThat(text("/api/statistics/monthly/2023-04/report?lang=en"))
                .contains("April 2023, month to date (1–21 April 2023)\n", "16 complaints received");
    }

    @Test
    void theCsvExportAndTheFiscalYearAddUpTheSameFigures() throws Exception {
        awaitFigures("2023-02", FEBRUARY);
        awaitFigures("2023-03", MARCH);
        awaitFigures("2023-04", APRIL_TO_DATE);
        String csv = text("/api/statistics/monthly/2023-02.csv");
        assertThat(csv).startsWith("month,figure,key,subkey,count\r\n2023-02,received,,,23\r\n")
                .contains("2023-02,byChannelAndLineOfWork,TRAFFY_FONDUE,PUBLIC_WORKS,2\r\n",
                        "2023-02,byDisposition,REFERRED_TO_PACC,,1\r\n", "2023-02,byDistrict,ไม่ระบุ,,8\r\n");

        for (String year : List.of("2023", "2566")) {
            JsonNode fiscalYear = JSON.readTree(text("/api/statistics/fiscal-year/" + year));
            assertThat(fiscalYear.propertyNames()).containsExactly("fiscalYear", "fiscalYearBe", "from", "to",
                    "asOf", "received", "byChannel", "byLineOfWork", "byChannelAndLineOfWork", "byDisposition",
                    "byDistrict", "deadlines", "screenedOutByChannel", "internalTrackOutcomes",
                    "screenedOutByCategory");
            assertThat(fiscalYear.path("fiscalYear").asInt()).isEqualTo(2023);
            assertThat(fiscalYear.path("fiscalYearBe").asInt()).isEqualTo(2566);
            assertThat(fiscalYear.path("from").asString()).isEqualTo("2022-10-01");
            assertThat(fiscalYear.path("to").asString()).isEqualTo("2023-09-30");
            assertThat(fiscalYear.path("received").asLong()).isEqualTo(91);
            assertThat(fiscalYear.path("byLineOfWork")).isEqualTo(JSON.readTree("""
                    {"PUBLIC_WORKS":7,"CITY_LAW_ENFORCEMENT":18,"REVENUE":3,"ENVIRONMENT":5,"OTHER":58}"""));
            assertThat(fiscalYear.path("byDisposition")).isEqualTo(JSON.readTree("""
                    {"COMPLETED":18,"FORWARDED_TO_UNIT":37,"FORWARDED_TO_WORKING_GROUP":29,
                     "REFERRED_TO_NACC":2,"REFERRED_TO_PACC":1,"UNDER_VERIFICATION":4}"""));
        }
        mvc.perform(get("/api/statistics/fiscal-year/2024").header("Authorization", dashboardToken()))
                .andExpect(status().isBadRequest());
    }

    private void awaitFigures(String month, String expected) {
        JsonNode wanted = JSON.readTree(expected);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode actual = monthly(month);
            wanted.properties().forEach(e -> assertThat(actual.path(e.getKey()))
                    .as("%s of %s", e.getKey(), month).isEqualTo(e.getValue()));
        });
    }

    private static boolean contains(JsonNode actual, JsonNode expected) {
        return expected.properties().stream().allMatch(e -> actual.path(e.getKey()).equals(e.getValue()));
    }

    private JsonNode monthly(String month) throws Exception {
        return JSON.readTree(text("/api/statistics/monthly/" + month));
    }

    private String text(String path) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", dashboardToken()))
                .andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
