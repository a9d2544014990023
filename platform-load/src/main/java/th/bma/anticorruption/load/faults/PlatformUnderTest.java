package th.bma.anticorruption.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.launcher.LaunchSettings;

/**
 * The local run under test, started as {@code ./run-local.sh} starts it: the launcher's exec jar in its own process,
 * on free ports and a fresh data folder. The launcher does not restart a process that dies, so after a kill -9 the
 * suite starts the process again with the very command line the launcher gave it (read from {@code /proc}), its
 * output appended to the same log; a restarted service still watches the launcher and stops with it.
 */
final class PlatformUnderTest implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformUnderTest.class);
    private static final Duration PLATFORM_UP = Duration.ofMinutes(25);
    private static final Duration PROCESS_UP = Duration.ofMinutes(8);
    private static final String UP_MESSAGE = "The BMA anti-corruption platform is up";

    private final Path home;
    private final Path dataDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, List<String>> commandLines = new LinkedHashMap<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final List<Process> restarted = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process launcher;
    private Duration startUp;
    private boolean closed;

    PlatformUnderTest(Path home, Path dataDir) {
        this.home = home.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Starts the launcher and waits until it says the platform is up. */
    void start() throws IOException {
        choosePorts();
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                // A loaded machine needs more than the launcher's 8 minutes per stage.
                "-Dplatform.local.start-timeout=PT20M",
                "-jar", home.resolve("local-launcher/target/local-launcher-exec.jar").toString(),
                "--home=" + home, "--data-dir=" + dataDir));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        Path output = dataDir.resolve("launcher.out");
        Instant begin = Instant.now();
        launcher = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        log.info("Launcher pid {} on data folder {}, gateway port {}", launcher.pid(), dataDir, port("gateway"));
        Instant deadline = begin.plus(PLATFORM_UP);
        while (!Files.readString(output, StandardCharsets.UTF_8).contains(UP_MESSAGE)) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The platform did not come up; see " + output + " and "
                        + dataDir.resolve("logs"));
            }
            Pause.of(Duration.ofSeconds(1));
        }
        startUp = Duration.between(begin, Instant.now());
        readPidFile();
        log.info("Platform up in {} s: {}", startUp.toSeconds(), pids);
    }

    Duration startUp() {
        return startUp;
    }

    int port(String name) {
        return ports.get(name);
    }

    String kafkaBootstrap() {
        return "localhost:" + port("kafka");
    }

    String mongoUri() {
        return "mongodb://localhost:" + port("mongodb");
    }

    URI gateway(String path) {
        return URI.create("http://localhost:" + port("gateway") + path);
    }

    URI authServer(String path) {
        return URI.create("http://localhost:" + port("auth") + path);
    }

    Path dataDir() {
        return dataDir;
    }

    /** SIGKILL to one process of the run (a service, {@code authorization-server} or {@code kafka}). */
    void kill(String name) {
        ProcessHandle process = ProcessHandle.of(pids.get(name))
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        log.info("Killed {} (pid {}) with SIGKILL", name, process.pid());
    }

    /**
     * Starts the process again with the launcher's command line for it, plus {@code extraArguments} (a Spring
     * property given again overrides the earlier one), and waits until it is ready.
     */
    void restart(String name, List<String> extraArguments) throws IOException {
        List<String> command = new ArrayList<>(commandLines.get(name));
        command.removeIf(argument -> extraArguments.stream()
                .anyMatch(extra -> extra.contains("=") && argument.startsWith(extra.substring(0, extra.indexOf('=') + 1))));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("logs").resolve(name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        restarted.add(process);
        pids.put(name, process.pid());
        awaitReady(name, process);
        log.info("Restarted {} as pid {}", name, process.pid());
    }

    /** Stops the launcher (which stops what it started) and kills whatever of the run is left. */
    @Override
    public synchronized void close() {
        if (launcher == null || closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> everything = new ArrayList<>(launcher.descendants().toList());
        restarted.forEach(p -> {
            everything.add(p.toHandle());
            everything.addAll(p.descendants().toList());
        });
        launcher.destroy();
        everything.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)
                && (launcher.isAlive() || everything.stream().anyMatch(ProcessHandle::isAlive))) {
            Pause.of(Duration.ofMillis(500));
        }
        launcher.destroyForcibly();
        everything.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        log.info("Platform stopped; its data and logs stay in {}", dataDir);
    }

    private void awaitReady(String name, Process process) {
        Instant deadline = Instant.now().plus(PROCESS_UP);
        while (!ready(name)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited again with " + process.exitValue() + "; see "
                        + dataDir.resolve("logs").resolve(name + ".log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready within " + PROCESS_UP);
            }
            Pause.of(Duration.ofMillis(500));
        }
    }

    private boolean ready(String name) {
        if (name.equals("kafka")) {
            Properties properties = new Properties();
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            try (Admin admin = Admin.create(properties)) {
                return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            } catch (Exception e) {
                return false;
            }
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(portName(name))
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(3)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String portName(String processName) {
        return switch (processName) {
            case "complaint-intake-service" -> "intake";
            case "routing-service" -> "routing";
            case "case-tracking-service" -> "cases";
            case "statistics-service" -> "statistics";
            case "authorization-server" -> "auth";
            default -> processName;
        };
    }

    private void readPidFile() throws IOException {
        for (String line : Files.readAllLines(dataDir.resolve("run/platform.pids"), StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                long pid = Long.parseLong(parts[1]);
                pids.put(parts[0], pid);
                commandLines.put(parts[0], commandLineOf(pid));
            }
        }
    }

    /** The exact arguments of a running process, NUL-separated in {@code /proc/<pid>/cmdline} (Linux). */
    private static List<String> commandLineOf(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return List.of(raw.split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the command line of pid " + pid, e);
        }
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
