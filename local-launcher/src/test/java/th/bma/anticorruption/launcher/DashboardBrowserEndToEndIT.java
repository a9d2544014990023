package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import th.bma.anticorruption.statistics.reference.ReferenceMonths;

/**
 * The dashboard's browser test against the real local run: {@code dashboard-ui/e2e/dashboard.spec.mjs} in Debian's headless
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

    private static final long BROWSER_TEST_MINUTES = 4;
    /** A screenshot of the dashboard with its charts and tables is some hundred kilobytes; an empty page a few. */
    private static final long NON_TRIVIAL_BYTES = 40_000;

    @Test
    void theDirectorSignsInReadsTheReferenceMonthAndSeesANewComplaintArriveLive(PlatformUnderTest platform,
            PlatformClient client) throws Exception {
        Path dashboardUi = NodeBrowserTest.dashboardUi();
        ReferenceMonthsOnPlatform.ensureDriven(platform, client);
        ReferenceMonthsEndToEndIT.awaitFigures(client, ReferenceMonths.FEBRUARY_2023, ReferenceMonths.february2023());

        Path screenshot = Path.of("target", "e2e", "dashboard-platform.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        String printed = NodeBrowserTest.run(dashboardUi, "e2e/dashboard.spec.mjs", Map.of(
                "GATEWAY_URL", client.gateway("").toString(),
                "AUTH_URL", client.authOrigin(),
                "SEEDED_MONTH", "2023-02",
                "SEEDED_FIGURES", "reference",
                "EXPECT_LIVE", "true",
                "SCREENSHOT", screenshot.toString()), screenshot.resolveSibling("dashboard-platform.out"),
                BROWSER_TEST_MINUTES);
        assertThat(printed).contains("dashboard browser test passed").contains("(live)");

        for (Path picture : new Path[] {screenshot, screenshot.resolveSibling("dashboard-platform-seeded.png")}) {
            assertThat(picture).isRegularFile();
            assertThat(Files.size(picture)).as(picture + " is a real picture").isGreaterThan(NON_TRIVIAL_BYTES);
            assertThat(NodeBrowserTest.pngWidth(picture)).as("the 1400-pixel-wide viewport").isEqualTo(1400);
        }
    }
}
