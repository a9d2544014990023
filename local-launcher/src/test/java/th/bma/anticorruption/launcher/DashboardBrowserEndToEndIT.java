package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import th.bma.anticorruption.statistics.reference.ReferenceMonths;

/**
 * Issue #8's browser test against the real local run: {@code dashboard-ui/e2e/dashboard.spec.mjs} in Debian's headless
 * Chromium, driven by playwright-core under the machine's Node.js, signs in as the director at the run's
 * authorization server, reads February 2023 (the reference month, driven through the gateway by
 * {@link ReferenceMonthsOnPlatform}: the centre's report's figures), watches this month's figure rise without a reload when a
 * complaint is registered, and saves screenshots into {@code target/e2e/}.
 */
@Order(3)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class DashboardBrowserEndToEndIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long BROWSER_TEST_MINUTES = 4;
    /** A screenshot of the dashboard with its charts and tables is some hundred kilobytes; an empty page a few. */
    private static final long NON_TRIVIAL_BYTES = 40_000;

    @Test
    void theDirectorSignsInReadsTheReferenceMonthAndSeesANewComplaintArriveLive(PlatformUnderTest platform,
            PlatformClient client) throws Exception {
        Path dashboardUi = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize()
                .resolve("dashboard-ui");
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": .ci/run installs Debian's chromium"
                + " (apt-get install -y chromium fonts-thai-tlwg) where it runs as root; set CHROMIUM to use another");
        assumeTrue(nodeWorks(), "no Node.js on the PATH (the dashboard-ui build needs it too)");
        assertThat(dashboardUi.resolve("node_modules/playwright-core/package.json"))
                .as("playwright-core, installed by the dashboard-ui module's build (npm ci)").isRegularFile();
        ReferenceMonthsOnPlatform.ensureDriven(platform, client);
        ReferenceMonthsEndToEndIT.awaitFigures(client, ReferenceMonths.FEBRUARY_2023, ReferenceMonths.february2023());

        Path screenshot = Path.of("target", "e2e", "dashboard-platform.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        Path output = screenshot.resolveSibling("dashboard-platform.out");
        ProcessBuilder browserTest = new ProcessBuilder("node", "e2e/dashboard.spec.mjs")
                .directory(dashboardUi.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        browserTest.environment().putAll(Map.of(
                "GATEWAY_URL", client.gateway("").toString(),
                "AUTH_URL", client.authOrigin(),
                "SEEDED_MONTH", "2023-02",
                "SEEDED_FIGURES", "reference",
                "EXPECT_LIVE", "true",
                "SCREENSHOT", screenshot.toString(),
                "CHROMIUM", CHROMIUM.toString()));
        Process run = browserTest.start();
        boolean ended = run.waitFor(BROWSER_TEST_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the browser test ended within %d minutes:%n%s", BROWSER_TEST_MINUTES, printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains("dashboard browser test passed").contains("(live)");

        for (Path picture : new Path[] {screenshot, screenshot.resolveSibling("dashboard-platform-seeded.png")}) {
            assertThat(picture).isRegularFile();
            assertThat(Files.size(picture)).as(picture + " is a real picture").isGreaterThan(NON_TRIVIAL_BYTES);
            assertThat(pngWidth(picture)).as("the 1400-pixel-wide viewport").isEqualTo(1400);
        }
    }

    private static boolean nodeWorks() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The width in a PNG's header (signature, then the IHDR chunk: length, type, width, height). */
    private static int pngWidth(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            byte[] header = in.readNBytes(24);
            assertThat(header).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            return ByteBuffer.wrap(header, 16, 4).getInt();
        }
    }
}
