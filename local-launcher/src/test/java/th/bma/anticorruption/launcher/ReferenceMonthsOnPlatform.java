package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.bma.anticorruption.launcher.PlatformClient.JSON;
import static th.bma.anticorruption.launcher.PlatformClient.json;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.statistics.reference.ReferenceComplaint;
import th.bma.anticorruption.statistics.reference.ReferenceMonths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives the three reference months of the centre's monthly report ({@link ReferenceMonths}: February 2023, March 2023, 1–21 April
 * 2023) through the gateway as the centre would have lived them: each complaint arrives through its own channel
 * (Traffy Fondue webhook, 1555 call record, officer registration for letters, website forms and executives'
 * referrals) with its channel's own receipt time; routing cannot tell its line of work for sure, so it waits under
 * verification; the intake officer gives the line of work (which the case and the statistics then count) and sends it
 * to a unit, a working group, the NACC or the PACC; the director completes the ones the report counts as completed.
 * Done once per platform.
 */
final class ReferenceMonthsOnPlatform {

    private static final Duration FLOW = Duration.ofMinutes(3);
    /** Requests in flight at once while driving the months. */
    private static final int CLIENTS = 8;
    private static final DateTimeFormatter TRAFFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /**
     * The unit the intake officer forwards to. Every reference text accuses an official of the complaint's district
     * ({@link #description}), so routing never lets it go to that district office: the officer forwards it to the
     * Office of the Permanent Secretary, above the district offices.
     */
    private static final String FORWARDED_TO = "BUREAU-PERMANENT-SECRETARY";

    /** The run that drove the reference months, once done. */
    private static volatile ReferenceMonthsOnPlatform driven;

    private final PlatformClient client;
    private Instant drivenAt;
    private final Map<String, String> complaintIds = new ConcurrentHashMap<>();
    private final Map<String, String> caseIds = new ConcurrentHashMap<>();

    private ReferenceMonthsOnPlatform(PlatformClient client) {
        this.client = client;
    }

    static void ensureDriven(PlatformUnderTest platform, PlatformClient client) {
        platform.once("reference-months", () -> {
            ReferenceMonthsOnPlatform run = new ReferenceMonthsOnPlatform(client);
            run.drive();
            driven = run;
        });
    }

    /** When the platform knew the reference months as the centre reported them: the moment of "the meeting". */
    static Instant drivenAt() {
        return driven.drivenAt;
    }

    /** The platform's complaint id of a reference complaint. */
    static String complaintIdOf(ReferenceComplaint complaint) {
        return driven.complaintIds.get(complaint.complaintId());
    }

    /** The platform's case id of a reference complaint. */
    static String caseIdOf(ReferenceComplaint complaint) {
        return driven.caseIds.get(complaint.complaintId());
    }

    private void drive() {
        List<ReferenceComplaint> all = ReferenceMonths.all();
        inParallel(all, this::receive);
        awaitCases(all, complaint -> Disposition.UNDER_VERIFICATION);
        List<ReferenceComplaint> decided = all.stream()
                .filter(c -> c.dispositions().get(0) != Disposition.UNDER_VERIFICATION).toList();
        inParallel(decided, this::resolveTriage);
        awaitCases(decided, complaint -> complaint.dispositions().get(0));
        List<ReferenceComplaint> completed = decided.stream()
                .filter(c -> c.currentDisposition() == Disposition.COMPLETED).toList();
        inParallel(completed, this::complete);
        awaitCases(completed, ReferenceComplaint::currentDisposition);
        drivenAt = Instant.now();
    }

    /**
     * Does {@code action} for every complaint, {@value #CLIENTS} at a time, as the channels and the centre's officers
     * work side by side; the first failure is rethrown once all have finished.
     */
    private static void inParallel(List<ReferenceComplaint> complaints, Consumer<ReferenceComplaint> action) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = complaints.stream()
                    .<Future<?>>map(complaint -> clients.submit(() -> action.accept(complaint))).toList();
            for (Future<?> each : done) {
                each.get();
            }
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * The complaint through its channel's own door, received when the reference says. Like a channel adapter, it
     * pushes again when the gateway gives up waiting (503/504 on a loaded machine): the same record then answers 200
     * with the same complaint, as the intake API promises.
     */
    private void receive(ReferenceComplaint complaint) {
        String text = description(complaint.lineOfWork());
        boolean[] retried = new boolean[1];
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var answer = switch (complaint.channel()) {
                case TRAFFY_FONDUE -> client.post("/api/intake/traffy-fondue", "traffy-adapter",
                        traffyTicket(complaint, text));
                case HOTLINE_1555 -> client.post("/api/intake/hotline-1555", "hotline-adapter",
                        hotlineCall(complaint, text));
                default -> client.post("/api/intake/complaints", "intake-officer", officerRegistration(complaint, text));
            };
            if (answer.statusCode() == 503 || answer.statusCode() == 504) {
                retried[0] = true;
            }
            assertThat(answer.statusCode()).as("%s: %s", complaint.complaintId(), answer.body())
                    .isIn(retried[0] ? List.of(200, 202, 503, 504) : List.of(202, 503, 504));
            assertThat(answer.statusCode()).as("%s: %s", complaint.complaintId(), answer.body()).isLessThan(300);
            complaintIds.put(complaint.complaintId(), json(answer).path("complaintId").asString());
        });
    }

    /**
     * One keyword of the line of work (none for OTHER, in a text too short to be sure): the classifier suggests the
     * line but not confidently enough (below 0.5), so routing leaves the complaint under verification.
     */
    static String description(LineOfWork line) {
        return switch (line) {
            case PUBLIC_WORKS -> "เจ้าหน้าที่เรียกรับสินบนเรื่องถนน";
            case CITY_LAW_ENFORCEMENT -> "เจ้าหน้าที่เทศกิจเรียกรับสินบน";
            case REVENUE -> "เจ้าหน้าที่เรียกรับสินบนเพื่อลดภาษี";
            case ENVIRONMENT -> "เจ้าหน้าที่เรียกรับสินบนเรื่องขยะ";
            case OTHER -> "เจ้าหน้าที่เรียกรับสินบน";
        };
    }

    private void resolveTriage(ReferenceComplaint complaint) {
        ObjectNode decision = JSON.createObjectNode()
                .put("lineOfWork", complaint.lineOfWork().name())
                .put("destinationCode", destinationOf(complaint, complaint.dispositions().get(0)))
                .put("reason", "ตรวจสอบข้อมูลแล้วตามรายงานศูนย์ฯ (" + complaint.complaintId() + ")");
        json(client.post("/api/routing/triage/" + complaintIds.get(complaint.complaintId()) + "/decision",
                "intake-officer", decision.toString()));
    }

    private void complete(ReferenceComplaint complaint) {
        json(client.post("/api/cases/" + caseIds.get(complaint.complaintId()) + "/actions/complete", "director",
                "{\"note\": \"ดำเนินการแล้วเสร็จ\"}"));
    }

    private static String destinationOf(ReferenceComplaint complaint, Disposition disposition) {
        return switch (disposition) {
            case FORWARDED_TO_UNIT, COMPLETED -> FORWARDED_TO;
            case FORWARDED_TO_WORKING_GROUP -> complaint.lineOfWork() == LineOfWork.PUBLIC_WORKS ? "WG-2" : "WG-3";
            case REFERRED_TO_NACC -> "NACC";
            case REFERRED_TO_PACC -> "PACC";
            case UNDER_VERIFICATION -> throw new IllegalArgumentException("not a destination");
        };
    }

    /** Every case in the officers' API, as received, in the line of work, with the expected disposition. */
    private void awaitCases(List<ReferenceComplaint> complaints, Function<ReferenceComplaint, Disposition> expected) {
        List<ReferenceComplaint> pending = new ArrayList<>(complaints);
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, JsonNode> cases = allCases();
            pending.removeIf(complaint -> {
                JsonNode item = cases.get(complaintIds.get(complaint.complaintId()));
                if (item == null || !expected.apply(complaint).name().equals(item.path("disposition").asString())) {
                    return false;
                }
                assertThat(item.path("channel").asString()).isEqualTo(complaint.channel().name());
                assertThat(item.path("lineOfWork").asString()).as(complaint.complaintId())
                        .isEqualTo(complaint.lineOfWork().name());
                assertThat(OffsetDateTime.parse(item.path("receivedAt").asString()).toInstant())
                        .isEqualTo(complaint.receivedAt().toInstant());
                caseIds.put(complaint.complaintId(), item.path("caseId").asString());
                return true;
            });
            assertThat(pending).extracting(ReferenceComplaint::complaintId).isEmpty();
        });
    }

    /** All cases by complaint id, a page of 100 at a time (one request per page, not one per complaint). */
    private Map<String, JsonNode> allCases() {
        Map<String, JsonNode> cases = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = json(client.get("/api/cases?size=100&page=" + page, "director")).path("items");
            items.forEach(item -> cases.put(item.path("complaintId").asString(), item));
            if (items.size() < 100) {
                return cases;
            }
        }
    }

    private static String traffyTicket(ReferenceComplaint complaint, String text) {
        ObjectNode ticket = JSON.createObjectNode()
                .put("timestamp", complaint.receivedAt().toLocalDateTime().format(TRAFFY_TIME))
                .put("ticket_id", complaint.receivedAt().getYear() + "-" + recordSuffix(complaint))
                .put("description", text)
                .put("type_id", "27")
                .put("type", "ทุจริต")
                .put("latitude", 13.7563)
                .put("longitude", 100.5018)
                .put("address", "เขต" + complaint.district() + " กรุงเทพมหานคร");
        ticket.putArray("photo");
        ticket.putArray("orgs");
        return ticket.toString();
    }

    private static String hotlineCall(ReferenceComplaint complaint, String text) {
        ObjectNode call = JSON.createObjectNode()
                .put("callId", "1555-" + recordSuffix(complaint))
                .put("receivedAt", complaint.receivedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("operatorId", "OP-15")
                .put("category", "ทุจริต")
                .put("description", text)
                .put("district", complaint.district());
        call.putObject("caller").put("anonymous", true);
        return call.toString();
    }

    private static String officerRegistration(ReferenceComplaint complaint, String text) {
        ObjectNode registration = JSON.createObjectNode()
                .put("channel", complaint.channel().name())
                .put("externalRef", complaint.complaintId())
                .put("receivedAt", complaint.receivedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("description", text);
        if (complaint.district() != null) {
            registration.put("district", complaint.district());
        }
        return registration.toString();
    }

    /** {@code REF-2566-02-008} → {@code R02008}: six characters, as Traffy ticket ids have after the year. */
    private static String recordSuffix(ReferenceComplaint complaint) {
        String[] parts = complaint.complaintId().split("-");
        return "R" + parts[2] + parts[3];
    }
}
