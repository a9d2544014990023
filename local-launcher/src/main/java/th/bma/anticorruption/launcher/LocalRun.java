package th.bma.anticorruption.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run: Kafka and MongoDB in child JVMs, the authorization server, then the five services in parallel; waits
 * until every part is healthy, prints how to use it, and on SIGINT/SIGTERM stops the services first, then the
 * authorization server, then Kafka and MongoDB.
 */
final class LocalRun {

    private static final Logger log = LoggerFactory.getLogger(LocalRun.class);
    private static final Duration PREVIOUS_RUN_EXIT = Duration.ofSeconds(60);
    /** Per stage; {@code -Dplatform.local.start-timeout=PT20M} where other work loads the machine (the fault suite). */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("platform.local.start-timeout", "PT8M"));
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private final LaunchSettings settings;
    private final PrintStream console;
    private final JavaCommand java = new JavaCommand();
    private final Readiness readiness = new Readiness();
    private final PidFile pidFile;
    private final long pid = ProcessHandle.current().pid();
    private final List<ChildProcess> infrastructure = new ArrayList<>();
    private final List<ChildProcess> applications = new ArrayList<>();
    private final ExecutorService waiting = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "local-run");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    LocalRun(LaunchSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
        this.pidFile = new PidFile(settings.dataDir());
    }

    /** Brings the platform up; returns once every part is ready, or throws with the reason it is not. */
    void start() throws IOException {
        Instant begin = Instant.now();
        checkJarsExist();
        awaitPreviousRunGone();
        checkPortsFree();
        Files.createDirectories(settings.logs());
        DashboardConfigFile.write(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-run-stop"));

        ChildProcess kafka = infrastructureNode("kafka", 320);
        ChildProcess mongo = infrastructureNode("mongodb", 160);
        ChildProcess auth = application(PlatformService.AUTHORIZATION_SERVER);
        log.info("Starting Kafka on {}, MongoDB on {} and the authorization server on {}",
                settings.kafkaBootstrap(), settings.port("mongodb"), settings.authIssuer());
        startAll(List.of(kafka, mongo, auth));
        String mongoUri = "mongodb://localhost:" + settings.port("mongodb");
        awaitAll(Map.of(
                kafka, () -> readiness.kafkaReady(settings.kafkaBootstrap()),
                mongo, () -> readiness.mongoReady(mongoUri),
                auth, () -> readiness.httpReady(PlatformService.AUTHORIZATION_SERVER.readinessUrl(settings))));

        Map<ChildProcess, BooleanSupplier> services = new LinkedHashMap<>();
        for (PlatformService service : PlatformService.SERVICES) {
            services.put(application(service), () -> readiness.httpReady(service.readinessUrl(settings)));
        }
        log.info("Kafka, MongoDB and the authorization server are up; starting the five services");
        startAll(List.copyOf(services.keySet()));
        awaitAll(services);
        console.print(new WelcomeText(settings).render(Duration.between(begin, Instant.now())));
        console.flush();
    }

    /** Services first (they still flush to Kafka and MongoDB), then the authorization server, then the infrastructure. */
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        log.info("Stopping the platform");
        stopInParallel(applications.stream().filter(p -> !p.name().equals("authorization-server")).toList());
        stopInParallel(applications.stream().filter(p -> p.name().equals("authorization-server")).toList());
        stopInParallel(infrastructure);
        log.info("Stopped; the data stays in {}", settings.dataDir());
    }

    private ChildProcess infrastructureNode(String name, int heapMegabytes) {
        List<String> command = java.launcher(heapMegabytes, name);
        command.add("--parent-pid=" + pid);
        command.addAll(LocalPlatform.optionsOf(settings));
        ChildProcess node = new ChildProcess(name, command, settings.logs());
        infrastructure.add(node);
        return node;
    }

    private ChildProcess application(PlatformService service) {
        ChildProcess process = new ChildProcess(service.name(), service.command(settings, java, pid), settings.logs());
        applications.add(process);
        return process;
    }

    private void startAll(List<ChildProcess> processes) throws IOException {
        for (ChildProcess process : processes) {
            process.start();
            process.onExit(this::reportUnexpectedExit);
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        infrastructure.forEach(p -> pids.put(p.name(), p.pid()));
        applications.forEach(p -> pids.put(p.name(), p.pid()));
        pidFile.record(pids);
    }

    private void reportUnexpectedExit(ChildProcess process) {
        if (!stopping) {
            log.error("{} stopped unexpectedly with exit code {}; see {}",
                    process.name(), process.exitCode(), process.logFile());
        }
    }

    private void awaitAll(Map<ChildProcess, BooleanSupplier> probes) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        probes.forEach((process, probe) -> waits.add(CompletableFuture.runAsync(() -> awaitReady(process, probe, deadline), waiting)));
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
    }

    private void awaitReady(ChildProcess process, BooleanSupplier probe, Instant deadline) {
        while (!probe.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new PlatformStartException(process.name() + " exited with code " + process.exitCode()
                        + " before it was ready; see " + process.logFile());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new PlatformStartException(process.name() + " was not ready within " + START_TIMEOUT
                        + "; see " + process.logFile());
            }
            pause();
        }
        log.info("{} is ready", process.name());
    }

    private void awaitPreviousRunGone() {
        List<ProcessHandle> previous = pidFile.alive(List.of());
        if (!previous.isEmpty()) {
            log.info("Waiting for {} process(es) of the previous run to stop", previous.size());
            if (!PidFile.awaitExit(previous, PREVIOUS_RUN_EXIT)) {
                throw new PlatformStartException("Processes of a previous run on " + settings.dataDir()
                        + " are still running: " + previous.stream().map(p -> String.valueOf(p.pid())).toList());
            }
        }
    }

    private void checkJarsExist() {
        List<PlatformService> all = new ArrayList<>(PlatformService.SERVICES);
        all.add(PlatformService.AUTHORIZATION_SERVER);
        for (PlatformService service : all) {
            if (!Files.isRegularFile(service.execJar(settings.home()))) {
                throw new PlatformStartException("Missing " + service.execJar(settings.home())
                        + "; build first (./run-local.sh does) or pass --home=<repository root>");
            }
        }
    }

    private void checkPortsFree() {
        settings.ports().forEach((name, port) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                throw new PlatformStartException("Port " + port + " (" + name + ") is in use: is another local run up?"
                        + " Stop it, or choose another port with --" + name + "-port=");
            }
        });
    }

    private void stopInParallel(List<ChildProcess> processes) {
        CompletableFuture.allOf(processes.stream()
                .map(p -> CompletableFuture.runAsync(() -> p.stop(STOP_GRACE), waiting))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static void pause() {
        try {
            Thread.sleep(PROBE_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while starting");
        }
    }

    /** The platform could not come up; the message says which part and where its log is. */
    static final class PlatformStartException extends RuntimeException {
        PlatformStartException(String message) {
            super(message);
        }
    }
}
