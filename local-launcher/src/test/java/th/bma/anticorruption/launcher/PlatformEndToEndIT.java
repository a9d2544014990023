package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform started as {@code ./run-local.sh} starts it (the launcher's exec jar, in its own process, on
 * free ports and a fresh data folder): one Traffy Fondue ticket about a bribe goes in through the gateway and is
 * followed to its case, the monthly statistics and the compacted {@code statistics.monthly.v1} topic. Then the
 * launcher and every process under it are killed with SIGKILL, the platform is started again on the same data
 * folder, and the acknowledged complaint is still there.
 */
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class PlatformEndToEndIT {

    private static final Duration PLATFORM_UP = Duration.ofMinutes(8);
    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final String MONTH = "2026-11";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> launchers = new ArrayList<>();

    @AfterEach
    void stopPlatform() {
        for (Process launcher : launchers) {
            List<ProcessHandle> descendants = launcher.descendants().toList();
            launcher.destroy();
            descendants.forEach(ProcessHandle::destroy);
            await().atMost(Duration.ofMinutes(1)).until(() -> !launcher.isAlive()
                    && descendants.stream().noneMatch(ProcessHandle::isAlive));
        }
    }

    @Test
    void aTraffyTicketReachesTheStatisticsTopicAndSurvivesAKillMinus9OfTheWholeRun() throws Exception {
        choosePorts();
        Process launcher = startPlatform("first");
        String ticket = traffyTicket("2026-" + ticketSuffix());

        HttpResponse<String> accepted = postTicket(ticket);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode acknowledgement = JSON.readTree(accepted.body());
        String complaintId = acknowledgement.path("complaintId").asString();
        assertThat(complaintId).isNotBlank();
        assertThat(acknowledgement.path("trackingCode").asString()).isNotBlank();

        awaitCaseOf(complaintId);
        JsonNode opened = JSON.readTree(get("/api/cases?complaintId=" + complaintId, token("director")).body())
                .path("items").path(0);
        assertThat(opened.path("destination").path("code").asString()).as(opened.toString()).isEqualTo("WG-3");
        String caseId = opened.path("caseId").asString();
        // scoping through the gateway: working group 3's officer sees its case, Pathum Wan's officer does not
        assertThat(get("/api/cases/" + caseId, token("wg-enforcement-officer")).statusCode()).isEqualTo(200);
        assertThat(get("/api/cases/" + caseId, token("pathumwan-officer")).statusCode()).isEqualTo(404);
        // the complainant follows it with the code alone (intake and case tracking share only the code's keyed hash)
        HttpResponse<String> tracked = track(acknowledgement.path("trackingCode").asString());
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.body()).doesNotContain(complaintId).doesNotContain("ปทุมวัน");
        assertThat(track("0000000000000000").statusCode()).isEqualTo(404);
        String dashboard = token("dashboard");
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode month = JSON.readTree(get("/api/statistics/monthly/" + MONTH, dashboard).body());
            assertThat(month.path("received").asInt()).isEqualTo(1);
            assertThat(month.path("byChannel").path("TRAFFY_FONDUE").asInt()).isEqualTo(1);
        });
        try (TopicReader topic = new TopicReader("localhost:" + ports.get("kafka"), Topics.STATISTICS_MONTHLY)) {
            JsonNode published = topic.awaitValue(value -> MONTH.equals(value.path("month").asString())
                    && value.path("byChannel").path("TRAFFY_FONDUE").asInt() == 1, FLOW);
            assertThat(published.path("received").asInt()).isEqualTo(1);
        }

        killWithEverythingUnderIt(launcher);
        startPlatform("after-kill");

        awaitCaseOf(complaintId);
        HttpResponse<String> again = postTicket(ticket);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("complaintId").asString()).isEqualTo(complaintId);
    }

    private void awaitCaseOf(String complaintId) {
        String director = token("director");
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> cases = get("/api/cases?complaintId=" + complaintId, director);
            assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
            assertThat(JSON.readTree(cases.body()).findValuesAsString("complaintId")).contains(complaintId);
        });
    }

    private Process startPlatform(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-jar", Path.of(System.getProperty("launcher.jar", "target/local-launcher-exec.jar")).toAbsolutePath().toString(),
                "--home=" + Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize(),
                "--data-dir=" + dataDir));
        ports.forEach((port, number) -> command.add("--" + port + "-port=" + number));
        Path output = dataDir.resolve("launcher-" + name + ".out");
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        launchers.add(launcher);
        await().atMost(PLATFORM_UP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(launcher.isAlive()).as("launcher exited early:%n%s", printed).isTrue();
            return printed.contains("The BMA anti-corruption platform is up");
        });
        return launcher;
    }

    private void killWithEverythingUnderIt(Process launcher) {
        List<ProcessHandle> descendants = launcher.descendants().toList();
        assertThat(descendants).hasSizeGreaterThanOrEqualTo(8);
        launcher.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> !launcher.isAlive()
                && descendants.stream().noneMatch(ProcessHandle::isAlive));
        launchers.remove(launcher);
    }

    private HttpResponse<String> postTicket(String ticket) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/intake/traffy-fondue"))
                .header("Authorization", "Bearer " + token("traffy-adapter"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ticket, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> track(String trackingCode) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/public/track"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"trackingCode\": \"" + trackingCode + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Client credentials with HTTP Basic, as CONTRACT.md gives them for the demo clients. */
    private String token(String clientId) {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get("auth") + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + ports.get("gateway") + path);
    }

    /** A Traffy Fondue new-issue webhook body as Traffy's Exchange API sends it (naive Bangkok time). */
    private static String traffyTicket(String ticketId) {
        return """
                {"timestamp": "2026-11-20 09:15:02.120331", "ticket_id": "%s",
                 "description": "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดสามย่านทุกวัน วันละ 200 บาท ถ้าไม่จ่ายจะยึดแผง",
                 "type_id": "27", "type": "ทุจริต", "photo": ["https://storage.traffy.in.th/ticket/%s/1.jpg"],
                 "latitude": 13.7323, "longitude": 100.5291,
                 "address": "ถนนพญาไท แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330",
                 "orgs": [{"org_id": "1007", "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}
                """.formatted(ticketId, ticketId);
    }

    private static String ticketSuffix() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return suffix.toString();
    }

    private void choosePorts() throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String name : LaunchSettings.DEFAULT_PORTS.keySet()) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
