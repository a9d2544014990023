package th.bma.anticorruption.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dashboard page asks {@code /dashboard/config.json} where to sign in, the officers' workspace
 * {@code /workspace/config.json}; without them the pages assume port 9000 on the gateway's host. The launcher writes
 * both into the run's data folder (the gateway serves that folder too), so a run on other ports, like the end-to-end
 * test's, signs in at its own authorization server.
 */
final class DashboardConfigFile {

    static final String CLIENT_ID = "dashboard-ui";
    static final String WORKSPACE_CLIENT_ID = "officer-tools";

    private DashboardConfigFile() {
    }

    /** Writes both pages' files; answers the dashboard's. */
    static Path write(LaunchSettings settings) throws IOException {
        write(settings, "workspace", WORKSPACE_CLIENT_ID);
        return write(settings, "dashboard", CLIENT_ID);
    }

    private static Path write(LaunchSettings settings, String page, String clientId) throws IOException {
        Path file = settings.webDir().resolve(page).resolve("config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"issuer\": \"" + settings.authIssuer() + "\", \"clientId\": \"" + clientId + "\"}\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
