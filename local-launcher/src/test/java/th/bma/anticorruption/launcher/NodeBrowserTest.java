package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of dashboard-ui's browser tests (a Node script driving Debian's headless Chromium through playwright-core)
 * run against the local platform: skipped with a clear message where Chromium or Node.js is missing, its output kept
 * beside its screenshots in {@code target/e2e/}.
 */
final class NodeBrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private NodeBrowserTest() {
    }

    /** dashboard-ui in the checkout, its playwright-core installed; the test is skipped without Chromium or Node.js. */
    static Path dashboardUi() {
        Path dashboardUi = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize()
                .resolve("dashboard-ui");
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": .ci/run installs Debian's chromium"
                + " (apt-get install -y chromium fonts-thai-tlwg) where it runs as root; set CHROMIUM to use another");
        assumeTrue(nodeWorks(), "no Node.js on the PATH (the dashboard-ui build needs it too)");
        assertThat(dashboardUi.resolve("node_modules/playwright-core/package.json"))
                .as("playwright-core, installed by the dashboard-ui module's build (npm ci)").isRegularFile();
        return dashboardUi;
    }

    /** Runs {@code node script} in dashboard-ui with the environment given; answers what it printed, having passed. */
    static String run(Path dashboardUi, String script, Map<String, String> environment, Path output, long minutes)
            throws IOException, InterruptedException {
        Files.createDirectories(output.getParent());
        ProcessBuilder browserTest = new ProcessBuilder(List.of("node", script))
                .directory(dashboardUi.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        browserTest.environment().putAll(environment);
        browserTest.environment().put("CHROMIUM", CHROMIUM.toString());
        Process run = browserTest.start();
        boolean ended = run.waitFor(minutes, TimeUnit.MINUTES);
        if (!ended) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the browser test ended within %d minutes:%n%s", minutes, printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        return printed;
    }

    static boolean nodeWorks() {
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
    static int pngWidth(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            byte[] header = in.readNBytes(24);
            assertThat(header).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            return ByteBuffer.wrap(header, 16, 4).getInt();
        }
    }
}
