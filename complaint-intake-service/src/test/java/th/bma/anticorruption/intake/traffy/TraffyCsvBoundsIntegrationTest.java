package th.bma.anticorruption.intake.traffy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Every field of a CSV row, the rows of one import and the imports at once are bounded: an overlong field rejects
 * its row naming the field (and never comes back in the answer), a field beyond anything a ticket needs stops the
 * import with 400, too many rows with 413, too many imports at once with 429.
 */
class TraffyCsvBoundsIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String HEADER = "ticket_id,type,organization,comment,photo,photo_after,coords,address,"
            + "subdistrict,district,province,timestamp,state,star,count_reopen,last_activity";

    @Autowired
    private ComplaintIntake intake;

    @Autowired
    private TraffyStatusUpdates statusUpdates;

    @Test
    void anOverlongTicketIdOrOrganisationRejectsItsRowNamingTheFieldAndIsNotEchoed() {
        String longId = "2024-" + "X".repeat(20_000);
        String longOrganisation = "ฝ่ายโยธา เขตบางพลัด".repeat(1_000);
        String csv = HEADER + "\n"
                + row(longId, "เขตบางพลัด") + "\n"
                + row("2024-BND002", longOrganisation) + "\n"
                + row("2024-BND003", "เขตบางพลัด") + "\n";

        HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue/import", PlatformRoles.CHANNEL_ADAPTER,
                csv, "text/csv");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("XXXXXXXXXX").doesNotContain("ฝ่ายโยธา เขตบางพลัดฝ่ายโยธา");
        JsonNode summary = json(answer);
        assertThat(summary.path("rows").asLong()).isEqualTo(3);
        assertThat(summary.path("rejected").asLong()).isEqualTo(2);
        JsonNode first = summary.path("rejections").get(0);
        assertThat(first.path("line").asLong()).isEqualTo(2);
        assertThat(first.path("ticketId").isNull()).isTrue();
        assertThat(first.path("violations")).anySatisfy(v -> {
            assertThat(v.path("field").asString()).isEqualTo("ticket_id");
            assertThat(v.path("rule").asString()).isEqualTo("max-length");
        });
        JsonNode second = summary.path("rejections").get(1);
        assertThat(second.path("ticketId").asString()).isEqualTo("2024-BND002");
        assertThat(second.path("violations").get(0).path("field").asString()).isEqualTo("organization");
        assertThat(second.path("violations").get(0).path("rule").asString()).isEqualTo("max-length");
    }

    @Test
    void aFieldBeyondEveryBoundStopsTheImportWith400AfterTakingTheRowsBefore() {
        String csv = HEADER + "\n"
                + row("2024-BND101", "เขตบางพลัด") + "\n"
                + row("2024-BND102", "x".repeat(TraffyCsvImport.MAX_FIELD_CHARS + 10)) + "\n"
                + row("2024-BND103", "เขตบางพลัด") + "\n";

        HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue/import", PlatformRoles.CHANNEL_ADAPTER,
                csv, "text/csv");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertThat(problem.path("violations").get(0).path("field").asString()).isEqualTo("row");
        assertThat(problem.path("violations").get(0).path("rule").asString()).isEqualTo("max-field-size");
        assertThat(problem.path("detail").asString()).contains("after the row that starts at line 2")
                .contains("the 1 rows before were taken").doesNotContain("xxxxxxxx");
    }

    @Test
    void anImportPastItsRowLimitStopsWith413NamingTheLimit() {
        TraffyCsvImport limited = new TraffyCsvImport(intake, statusUpdates, 2, 1000, new TraffyCsvImport.Limits(3, 1));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 5; i++) {
            csv.append(row("2024-BND2" + i + "0", "เขตบางพลัด")).append('\n');
        }

        assertThatThrownBy(() -> limited.importFrom(stream(csv.toString())))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.violations().get(0).field()).isEqualTo("rows");
                    assertThat(e.violations().get(0).rule()).isEqualTo("max-rows");
                    assertThat(e.getMessage()).contains("at most 3 rows").contains("stopped at line 5")
                            .contains("the 3 rows before were taken");
                });
        TraffyCsvImport.Summary exactly = new TraffyCsvImport(intake, statusUpdates, 2, 1000, new TraffyCsvImport.Limits(5, 1))
                .importFrom(stream(csv.toString()));
        assertThat(exactly.rows()).isEqualTo(5);
        assertThat(exactly.duplicates()).isEqualTo(3);
    }

    @Test
    void moreImportsAtOnceThanAllowedAreRefusedWith429BeforeTheirBodyIsRead() throws Exception {
        TraffyCsvImport oneAtATime = new TraffyCsvImport(intake, statusUpdates, 10, 1000, new TraffyCsvImport.Limits(100, 1));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private final InputStream rest = stream(HEADER + "\n" + row("2024-BND301", "เขตบางพลัด") + "\n");

            @Override
            public int read() throws IOException {
                reading.countDown();
                try {
                    finish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return rest.read();
            }
        };
        CompletableFuture<TraffyCsvImport.Summary> first = CompletableFuture.supplyAsync(() -> oneAtATime.importFrom(slow));
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
        InputStream untouched = new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> oneAtATime.importFrom(untouched))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(e.violations().get(0).rule()).isEqualTo("max-concurrent-imports");
                });
        assertThat(untouched.available()).isEqualTo(HEADER.length());

        finish.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).rows()).isEqualTo(1);
        assertThat(oneAtATime.importFrom(stream(HEADER + "\n")).rows()).isZero();
    }

    private static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String ticketId, String organisation) {
        return ticketId + ",{ถนน},\"" + organisation + "\",ไฟถนนดับทั้งซอย,,,\"100.48,13.79\",,,บางพลัด,กรุงเทพมหานคร,"
                + "2024-03-01 01:00:00+00,รอรับเรื่อง,,0,";
    }
}
