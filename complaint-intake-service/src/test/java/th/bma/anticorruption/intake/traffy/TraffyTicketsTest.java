package th.bma.anticorruption.intake.traffy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.validation.Violations;

class TraffyTicketsTest {

    private static TraffyNewIssue issue(String ticketId, String timestamp, Double latitude, Double longitude) {
        return new TraffyNewIssue(timestamp, ticketId, "เทศกิจเรียกเก็บส่วยผู้ค้าริมทางเท้า", "21", "ทางเท้า,ทุจริต",
                List.of(), latitude, longitude, "ซอยสาทร 11 แขวงยานนาวา เขตสาทร กรุงเทพมหานคร 10120",
                List.of(new TraffyNewIssue.Organisation("55", "ฝ่ายเทศกิจ เขตสาทร")));
    }

    @Test
    void webhookTimestampsAreNaiveBangkokTimeAndDumpTimestampsUtc() {
        assertThat(TraffyTimestamps.parse("2026-08-20 22:25:37.433959"))
                .isEqualTo(OffsetDateTime.parse("2026-08-20T22:25:37.433959+07:00"));
        assertThat(TraffyTimestamps.parse("2023-02-28 17:30:00.123+00"))
                .isEqualTo(OffsetDateTime.parse("2023-03-01T00:30:00.123+07:00"));
        assertThat(TraffyTimestamps.parse("2023-02-28 17:30:00+00:00").getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThatThrownBy(() -> TraffyTimestamps.parse("20/08/2026")).isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void aTicketBecomesAComplaintWithCategoriesOrganisationAndDistrict() {
        Violations violations = new Violations();
        IncomingComplaint complaint = TraffyTickets.toComplaint(
                TraffyTickets.of(issue("2026-B9WGC7", "2026-08-20 22:25:37.433959", 13.72, 100.53)), violations);
        assertThat(violations.isEmpty()).isTrue();
        assertThat(complaint.channel()).isEqualTo(Channel.TRAFFY_FONDUE);
        assertThat(complaint.categories()).containsExactly("ทางเท้า", "ทุจริต");
        assertThat(complaint.organisation()).isEqualTo("ฝ่ายเทศกิจ เขตสาทร");
        assertThat(complaint.district()).isEqualTo("สาทร");
        assertThat(complaint.receivedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void theDumpsBracedCategoriesAreSplit() {
        assertThat(TraffyCategories.parse("{ถนน,ทุจริต}")).containsExactly("ถนน", "ทุจริต");
        assertThat(TraffyCategories.parse("{}")).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedByFieldAndRule() {
        Violations violations = new Violations();
        IncomingComplaint complaint = TraffyTickets.toComplaint(
                TraffyTickets.of(issue("B9WGC7", "yesterday", 13.7, 10.5)), violations);
        assertThat(complaint).isNull();
        assertThat(violations.list()).extracting(v -> v.field() + "/" + v.rule())
                .containsExactlyInAnyOrder("ticket_id/format", "timestamp/date-time", "longitude/inside-thailand");
    }

    @Test
    void descriptionLengthCountsGraphemesNotCodeUnits() {
        // "น้ำ" is 3 code points but one grapheme: 5,000 of them (15,000 chars) are within 5,000 graphemes.
        String longThai = "น้ำ".repeat(5000);
        Violations violations = new Violations();
        violations.maxGraphemes("description", longThai, TraffyTickets.MAX_DESCRIPTION);
        assertThat(violations.isEmpty()).isTrue();
        violations.maxGraphemes("description", longThai + "น้ำ", TraffyTickets.MAX_DESCRIPTION);
        assertThat(violations.list()).extracting(v -> v.rule()).containsExactly("max-length");
    }

    @Test
    void publicDumpRowsReadCoordinatesAsLongitudeLatitude() {
        TraffyCsvLayout layout = TraffyCsvLayout.of(List.of("ticket_id", "type", "organization", "comment", "photo",
                "photo_after", "coords", "address", "subdistrict", "district", "province", "timestamp", "state", "star",
                "count_reopen", "last_activity")).orElseThrow();
        assertThat(layout.kind()).isEqualTo(TraffyCsvLayout.Kind.PUBLIC_DUMP);
        Violations violations = new Violations();
        TraffyTickets.Ticket ticket = layout.ticket(List.of("2022-AAAA01", "{ถนน,ทุจริต}", "เขตบางพลัด,สำนักการโยธา",
                "ผู้รับเหมาทิ้งงาน", "", "", "100.48871,13.79012", "ถนนจรัญสนิทวงศ์", "บางยี่ขัน", "บางพลัด",
                "กรุงเทพมหานคร", "2022-06-04 15:34:14.868164+00", "เสร็จสิ้น", "", "0", ""), violations);
        assertThat(violations.isEmpty()).isTrue();
        assertThat(ticket.latitude()).isEqualTo(13.79012);
        assertThat(ticket.longitude()).isEqualTo(100.48871);
        assertThat(ticket.organisations()).containsExactly("เขตบางพลัด", "สำนักการโยธา");
        IncomingComplaint complaint = TraffyTickets.toComplaint(ticket, violations);
        assertThat(complaint.district()).isEqualTo("บางพลัด");
        assertThat(complaint.receivedAt()).isEqualTo(OffsetDateTime.parse("2022-06-04T22:34:14.868164+07:00"));
    }

    @Test
    void aDumpRowWithLatitudeFirstIsRecognisedByTheRangesAndAPairOutsideThailandIsStillRejected() {
        TraffyCsvLayout layout = TraffyCsvLayout.of(List.of("\uFEFFticket_id", "type", "organization", "comment", "photo",
                "photo_after", "coords", "address", "subdistrict", "district", "province", "timestamp", "state", "star",
                "count_reopen", "last_activity")).orElseThrow();
        Violations violations = new Violations();
        TraffyTickets.Ticket latitudeFirst = layout.ticket(List.of("2022-AAAA02", "{ถนน}", "เขตบางพลัด", "ถนนพัง", "", "",
                "13.79012,100.48871", "", "", "บางพลัด", "กรุงเทพมหานคร", "2022-06-04 15:34:14+00", "", "", "0", ""),
                violations);
        assertThat(violations.isEmpty()).isTrue();
        assertThat(latitudeFirst.latitude()).isEqualTo(13.79012);
        assertThat(latitudeFirst.longitude()).isEqualTo(100.48871);

        TraffyTickets.Ticket paris = layout.ticket(List.of("2022-AAAA03", "{ถนน}", "เขตบางพลัด", "ถนนพัง", "", "",
                "2.35,48.85", "", "", "บางพลัด", "กรุงเทพมหานคร", "2022-06-04 15:34:14+00", "", "", "0", ""), violations);
        assertThat(TraffyTickets.toComplaint(paris, violations)).isNull();
        assertThat(violations.list()).extracting(v -> v.rule()).containsOnly("inside-thailand");
    }
}
