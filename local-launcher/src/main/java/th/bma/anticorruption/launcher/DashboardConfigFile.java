package th.bma.anticorruption.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dashboard page asks {@code /dashboard/config.json} where to sign in; without it the page assumes port 9000 on
 * the gateway's host. The launcher writes it into the run's data folder (the gateway serves that folder too), so a run
 * on other ports, like the end-to-end test's, signs in at its own authorization server.
 */
final class DashboardConfigFile {

    static final String CLIENT_ID = "dashboard-ui";

    private DashboardConfigFile() {
    }

    static Path write(LaunchSettings settings) throws IOException {
        Path file = settings.webDir().resolve("dashboard").resolve("config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"issuer\": \"" + settings.authIssuer() + "\", \"clientId\": \"" + CLIENT_ID + "\"}\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
