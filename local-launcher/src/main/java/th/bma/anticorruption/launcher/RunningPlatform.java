package th.bma.anticorruption.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole local run driven from outside, as {@code ./run-local.sh} starts it: the launcher's exec jar in its own
 * process, on the ports given (free ones, for a run beside others) and a data folder, with everything it starts under
 * it. The end-to-end tests, the benchmark and the fault suite all drive the platform through this class: start it and
 * wait until it is up, read its ports and processes, kill one process or the whole run with SIGKILL and start it
 * again, stop it. A run started elsewhere can be attached to by its ports; then nothing is started or stopped here.
 */
public final class RunningPlatform implements AutoCloseable {

    /** What the launcher prints once every part of the platform is ready. */
    public static final String UP_MESSAGE = "The BMA anti-corruption platform is up";
    /** The processes a service restart leaves alone: the stores. */
    public static final List<String> INFRASTRUCTURE = List.of("kafka", "mongodb");

    private static final Duration PROCESS_UP = Duration.ofMinutes(8);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Path home;
    private final Path dataDir;
    private final Map<String, Integer> ports;
    private final Duration limit;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, List<String>> commandLines = new LinkedHashMap<>();
    private final List<Process> restarted = new ArrayList<>();
    private final Readiness readiness = new Readiness();
    private Process launcher;
    private Duration startUp;
    private int starts;
    private boolean closed;

    private RunningPlatform(Path home, Path dataDir, Map<String, Integer> ports, Duration limit) {
        this.home = home;
        this.dataDir = dataDir;
        this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
        this.limit = limit;
    }

    /**
     * Starts the launcher of the checkout {@code home} on {@code dataDir} and {@code ports} and waits until it says the
     * platform is up, at most {@code limit} (also given to the launcher as its own limit per phase).
     */
    public static RunningPlatform start(Path home, Path dataDir, Map<String, Integer> ports, Duration limit) {
        RunningPlatform platform = new RunningPlatform(home.toAbsolutePath().normalize(),
                dataDir.toAbsolutePath().normalize(), ports, limit);
        platform.startLauncher();
        return platform;
    }

    /** A run already up on {@code ports} (the local run's defaults for any port not named). */
    public static RunningPlatform attach(Map<String, Integer> ports) {
        Map<String, Integer> all = new LinkedHashMap<>(LaunchSettings.DEFAULT_PORTS);
        all.putAll(ports);
        return new RunningPlatform(null, null, all, Duration.ZERO);
    }

    /** A free port for every port of the run. */
    public static Map<String, Integer> freePorts() {
        Map<String, Integer> free = new LinkedHashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            try {
                for (String name : LaunchSettings.DEFAULT_PORTS.keySet()) {
                    ServerSocket socket = new ServerSocket(0);
                    held.add(socket);
                    free.put(name, socket.getLocalPort());
                }
            } finally {
                for (ServerSocket socket : held) {
                    socket.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return free;
    }

    /** One free port, for a process a driver starts beside the run. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's {@code java}, for the processes the drivers start beside the run. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public boolean startedHere() {
        return launcher != null;
    }

    /** How long the last start took until the platform was up (empty for an attached run). */
    public Optional<Duration> startUp() {
        return Optional.ofNullable(startUp);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port named " + name + " (" + ports.keySet() + ")");
        }
        return port;
    }

    public String gateway() {
        return "http://localhost:" + port("gateway");
    }

    public URI gateway(String path) {
        return URI.create(gateway() + path);
    }

    public String auth() {
        return "http://localhost:" + port("auth");
    }

    public URI authServer(String path) {
        return URI.create(auth() + path);
    }

    public String kafkaBootstrap() {
        return "localhost:" + port("kafka");
    }

    public String mongoUri() {
        return "mongodb://localhost:" + port("mongodb");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where each process of the run writes its output: the launcher's files (one per start), then its logs. */
    public List<Path> outputFiles() {
        List<Path> files = new ArrayList<>();
        try (var launcherFiles = Files.list(dataDir)) {
            launcherFiles.filter(f -> f.getFileName().toString().startsWith("launcher-")).sorted().forEach(files::add);
            Path logs = dataDir.resolve("logs");
            if (Files.isDirectory(logs)) {
                try (var each = Files.list(logs)) {
                    each.sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every process of the run by name (the launcher's pid file), the launcher itself included. */
    public Map<String, Long> processes() {
        Map<String, Long> all = new LinkedHashMap<>();
        if (launcher != null) {
            all.put("local-launcher", launcher.pid());
            all.putAll(pids);
        }
        return all;
    }

    /** SIGKILL to one process of the run (a service, {@code authorization-server}, {@code kafka} or {@code mongodb}). */
    public void kill(String name) {
        ProcessHandle process = ProcessHandle.of(pids.getOrDefault(name, -1L))
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroyForcibly();
        process.onExit().join();
    }

    /**
     * Starts one process again with the command line the launcher gave it, plus {@code extraArguments} (a
     * {@code --name=value} given again replaces the earlier one), its output appended to its log, and waits until it
     * is ready. A process started so still watches the launcher and stops with it.
     */
    public void restart(String name, List<String> extraArguments) {
        List<String> command = new ArrayList<>(commandLines.get(name));
        command.removeIf(argument -> extraArguments.stream().anyMatch(extra -> extra.contains("=")
                && argument.startsWith(extra.substring(0, extra.indexOf('=') + 1))));
        command.addAll(extraArguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("logs").resolve(name + ".log")
                            .toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            restarted.add(process);
            pids.put(name, process.pid());
            awaitReady(name, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to the services and the authorization server (SIGKILL after 30 s), leaving Kafka and MongoDB. */
    public void stopServices() {
        List<ProcessHandle> services = new ArrayList<>();
        pids.forEach((name, pid) -> {
            if (!INFRASTRUCTURE.contains(name)) {
                ProcessHandle.of(pid).ifPresent(services::add);
            }
        });
        services.forEach(ProcessHandle::destroy);
        awaitGone(services, Duration.ofSeconds(30));
        services.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * SIGKILL to the launcher and every process under it, as a power cut would; the data folder stays.
     *
     * @return how many processes were killed under the launcher
     */
    public int killWithEverythingUnderIt() {
        List<ProcessHandle> everything = everythingUnderTheLauncher();
        launcher.destroyForcibly();
        everything.forEach(ProcessHandle::destroyForcibly);
        everything.add(launcher.toHandle());
        awaitGone(everything, Duration.ofSeconds(30));
        return everything.size() - 1;
    }

    /** Starts the launcher again on the same data folder and ports. */
    public void startAgain() {
        startLauncher();
    }

    /** SIGTERM to the launcher (which stops its children in order) and anything left, SIGKILL after a minute. */
    @Override
    public synchronized void close() {
        if (launcher == null || closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> everything = everythingUnderTheLauncher();
        launcher.destroy();
        everything.forEach(ProcessHandle::destroy);
        everything.add(launcher.toHandle());
        awaitGone(everything, STOP_GRACE);
        everything.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private List<ProcessHandle> everythingUnderTheLauncher() {
        List<ProcessHandle> everything = new ArrayList<>(launcher.descendants().toList());
        restarted.forEach(process -> {
            everything.add(process.toHandle());
            everything.addAll(process.descendants().toList());
        });
        return everything;
    }

    private void startLauncher() {
        Path jar = home.resolve("local-launcher/target/local-launcher-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn -B -DskipTests package)");
        }
        starts++;
        closed = false;
        restarted.clear();
        List<String> command = new ArrayList<>(List.of(javaBinary(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dplatform.local.start-timeout=" + limit,
                "-jar", jar.toString(), "--home=" + home, "--data-dir=" + dataDir));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        Instant begin = Instant.now();
        try {
            Files.createDirectories(dataDir);
            Path output = dataDir.resolve("launcher-" + starts + ".out");
            launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            Instant deadline = begin.plus(limit);
            while (!Files.readString(output, StandardCharsets.UTF_8).contains(UP_MESSAGE)) {
                if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                    String printed = Files.readString(output, StandardCharsets.UTF_8);
                    killWithEverythingUnderIt();
                    throw new IllegalStateException("The platform did not come up within " + limit + "; see "
                            + dataDir.resolve("logs") + ". The launcher printed:\n" + printed);
                }
                pause(Duration.ofMillis(200));
            }
            startUp = Duration.between(begin, Instant.now());
            readPidFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readPidFile() throws IOException {
        pids.clear();
        commandLines.clear();
        for (String line : Files.readAllLines(dataDir.resolve("run/platform.pids"), StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2) {
                long pid = Long.parseLong(parts[1]);
                pids.put(parts[0], pid);
                commandLines.put(parts[0], commandLineOf(pid));
            }
        }
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
            pause(Duration.ofMillis(500));
        }
    }

    private boolean ready(String name) {
        return switch (name) {
            case "kafka" -> readiness.kafkaReady(kafkaBootstrap());
            case "mongodb" -> readiness.mongoReady(mongoUri());
            default -> readiness.httpReady("http://localhost:" + port(portName(name)) + "/actuator/health/readiness");
        };
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

    private static void awaitGone(List<ProcessHandle> processes, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            pause(Duration.ofMillis(200));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while driving the platform", e);
        }
    }
}
