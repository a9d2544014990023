package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run under test: started from the launcher's exec jar on free ports and a fresh data folder, as
 * {@code ./run-local.sh} starts it, or one already running on the default ports. Knows every process of the run
 * (the launcher's {@code run/platform.pids}) for memory figures, and stops what it started, whole process tree.
 */
final class LocalPlatformRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatformRun.class);
    private static final List<String> PORT_NAMES = List.of("gateway", "intake", "routing", "cases", "statistics",
            "auth", "kafka", "kafka-controller", "mongodb");
    static final List<String> INFRASTRUCTURE = List.of("kafka", "mongodb");

    private final Map<String, Integer> ports;
    private final Path dataDir;
    private final Process launcher;
    private final Duration startUp;

    private LocalPlatformRun(Map<String, Integer> ports, Path dataDir, Process launcher, Duration startUp) {
        this.ports = ports;
        this.dataDir = dataDir;
        this.launcher = launcher;
        this.startUp = startUp;
    }

    /** Starts the launcher's exec jar and waits until it prints that the platform is up. */
    static LocalPlatformRun start(Path home, Path dataDir, Duration limit) throws IOException, InterruptedException {
        Path jar = home.resolve("local-launcher/target/local-launcher-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn -B -DskipTests package)");
        }
        Files.createDirectories(dataDir);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : PORT_NAMES) {
            ports.put(name, freePort());
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx96m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--home=" + home,
                "--data-dir=" + dataDir));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        Path output = dataDir.resolve("launcher.out");
        long begin = System.nanoTime();
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        LocalPlatformRun run = new LocalPlatformRun(ports, dataDir, launcher, null);
        long deadline = begin + limit.toNanos();
        while (true) {
            String printed = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            if (printed.contains("The BMA anti-corruption platform is up")) {
                break;
            }
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                run.close();
                throw new IllegalStateException("the local run did not come up; see " + output);
            }
            Thread.sleep(100);
        }
        Duration startUp = Duration.ofNanos(System.nanoTime() - begin);
        log.info("local run up in {} s on gateway port {} (data {})", startUp.toMillis() / 1000.0, ports.get("gateway"), dataDir);
        return new LocalPlatformRun(ports, dataDir, launcher, startUp);
    }

    /** A run already up on the default ports of the local run (or the gateway given). */
    static LocalPlatformRun attach(String gatewayUrl, Map<String, Integer> overrides) {
        Map<String, Integer> ports = new LinkedHashMap<>(Map.of("gateway", 8080, "intake", 8081, "routing", 8082,
                "cases", 8083, "statistics", 8084, "auth", 9000, "kafka", 9092, "kafka-controller", 9093, "mongodb", 27017));
        ports.put("gateway", java.net.URI.create(gatewayUrl).getPort());
        ports.putAll(overrides);
        return new LocalPlatformRun(ports, null, null, null);
    }

    boolean startedHere() {
        return launcher != null;
    }

    Optional<Duration> startUp() {
        return Optional.ofNullable(startUp);
    }

    int port(String name) {
        return ports.get(name);
    }

    String gateway() {
        return "http://localhost:" + port("gateway");
    }

    String kafka() {
        return "localhost:" + port("kafka");
    }

    String auth() {
        return "http://localhost:" + port("auth");
    }

    /** Every process of the run by name, the launcher included. */
    Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (launcher == null) {
            return pids;
        }
        pids.put("local-launcher", launcher.pid());
        try {
            for (String line : Files.readAllLines(dataDir.resolve("run/platform.pids"))) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    pids.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids;
    }

    /** Stops the authorization server and the services (SIGTERM, then SIGKILL), leaving Kafka and MongoDB. */
    void stopServices() throws InterruptedException {
        List<ProcessHandle> services = new ArrayList<>();
        processes().forEach((name, pid) -> {
            if (!INFRASTRUCTURE.contains(name) && !name.equals("local-launcher")) {
                ProcessHandle.of(pid).ifPresent(services::add);
            }
        });
        services.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (services.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        services.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> tree = launcher.descendants().toList();
        launcher.destroy();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while ((launcher.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        launcher.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
