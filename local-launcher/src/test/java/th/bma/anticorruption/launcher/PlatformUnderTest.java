package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform as {@code ./run-local.sh} starts it: the launcher's exec jar in its own process, on free ports and
 * a fresh data folder under {@code target/}, with everything it starts under it. One instance serves every end-to-end
 * test of the failsafe run ({@link SharedPlatform}); it is stopped when the run ends.
 */
final class PlatformUnderTest implements AutoCloseable {

    /** About a minute on an idle 2-core machine; the launcher itself gives up after 8 minutes per phase. */
    private static final Duration PLATFORM_UP = Duration.ofMinutes(16);

    private final Path dataDir;
    private final Map<String, Integer> ports;
    private static final Throwable SUCCEEDED = new Throwable("succeeded");

    private final Map<String, Throwable> done = new ConcurrentHashMap<>();
    private Process launcher;
    private int starts;

    private PlatformUnderTest(Path dataDir, Map<String, Integer> ports) {
        this.dataDir = dataDir;
        this.ports = Collections.unmodifiableMap(ports);
    }

    /** Starts a platform on free ports in a new data folder and waits until the launcher says it is up. */
    static PlatformUnderTest start() {
        try {
            Path target = Path.of(System.getProperty("platform.it.dir", "target")).toAbsolutePath();
            Files.createDirectories(target);
            deleteEarlierRuns(target);
            PlatformUnderTest platform = new PlatformUnderTest(Files.createTempDirectory(target, "platform-it-"),
                    freePorts());
            platform.startLauncher();
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port(String name) {
        return ports.get(name);
    }

    Path dataDir() {
        return dataDir;
    }

    /** Where each process of the run writes its output: the launcher's own file, then {@code logs/<process>.log}. */
    List<Path> outputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var launcherFiles = Files.list(dataDir)) {
            launcherFiles.filter(f -> f.getFileName().toString().startsWith("launcher-")).forEach(files::add);
        }
        try (var logs = Files.list(dataDir.resolve("logs"))) {
            logs.sorted().forEach(files::add);
        }
        return files;
    }

    /**
     * Runs {@code work} once per platform, whichever test asks first (e.g. seeding the reference months); if it failed,
     * later callers get that failure instead of a second, partial attempt.
     */
    synchronized void once(String name, Runnable work) {
        Throwable earlier = done.get(name);
        if (earlier == SUCCEEDED) {
            return;
        }
        if (earlier != null) {
            throw new IllegalStateException(name + " failed earlier in this run: " + earlier.getMessage(), earlier);
        }
        try {
            work.run();
            done.put(name, SUCCEEDED);
        } catch (RuntimeException | AssertionError e) {
            done.put(name, e);
            throw e;
        }
    }

    /** SIGKILL to the launcher and every process under it, as a power cut would; the data folder stays. */
    void killWithEverythingUnderIt() {
        List<ProcessHandle> descendants = launcher.descendants().toList();
        assertThat(descendants).as("Kafka, MongoDB, the authorization server and the six applications")
                .hasSizeGreaterThanOrEqualTo(8);
        launcher.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> !launcher.isAlive()
                && descendants.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Starts the launcher again on the same data folder and ports. */
    void startAgain() {
        try {
            startLauncher();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to the launcher (which stops its children in order), then to anything left. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = launcher.descendants().toList();
        launcher.destroy();
        await().atMost(Duration.ofMinutes(1)).until(() -> !launcher.isAlive());
        descendants.forEach(ProcessHandle::destroy);
        await().atMost(Duration.ofSeconds(30)).until(() -> descendants.stream().noneMatch(ProcessHandle::isAlive));
    }

    private void startLauncher() throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-jar", Path.of(System.getProperty("launcher.jar", "target/local-launcher-exec.jar")).toAbsolutePath().toString(),
                "--home=" + Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize(),
                "--data-dir=" + dataDir));
        ports.forEach((port, number) -> command.add("--" + port + "-port=" + number));
        Path output = dataDir.resolve("launcher-" + starts + ".out");
        Process started = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        launcher = started;
        try {
            await().atMost(PLATFORM_UP).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                assertThat(started.isAlive()).as("launcher exited early:%n%s", printed).isTrue();
                return printed.contains("The BMA anti-corruption platform is up");
            });
        } catch (RuntimeException | AssertionError e) {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
            throw e;
        }
    }

    /** Keeps only the latest run's data folder (its logs help when a test fails), not every earlier one. */
    private static void deleteEarlierRuns(Path target) throws IOException {
        try (var earlier = Files.list(target)) {
            for (Path dir : earlier.filter(d -> d.getFileName().toString().startsWith("platform-it-")).toList()) {
                try (var tree = Files.walk(dir)) {
                    for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }

    private static Map<String, Integer> freePorts() throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
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
        return ports;
    }
}
