package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform as {@code ./run-local.sh} starts it ({@link RunningPlatform}), on free ports and a fresh data
 * folder under {@code target/}. One instance serves every end-to-end test of the failsafe run ({@link SharedPlatform});
 * it is stopped when the run ends.
 */
final class PlatformUnderTest implements AutoCloseable {

    /** About a minute on an idle 2-core machine. */
    private static final Duration PLATFORM_UP = Duration.ofMinutes(16);
    private static final Throwable SUCCEEDED = new Throwable("succeeded");

    private final RunningPlatform run;
    private final Map<String, Throwable> done = new ConcurrentHashMap<>();

    private PlatformUnderTest(RunningPlatform run) {
        this.run = run;
    }

    /** Starts a platform on free ports in a new data folder and waits until the launcher says it is up. */
    static PlatformUnderTest start() {
        try {
            Path target = Path.of(System.getProperty("platform.it.dir", "target")).toAbsolutePath();
            Files.createDirectories(target);
            deleteEarlierRuns(target);
            return new PlatformUnderTest(RunningPlatform.start(
                    Path.of(System.getProperty("platform.home", "..")), Files.createTempDirectory(target, "platform-it-"),
                    RunningPlatform.freePorts(), PLATFORM_UP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port(String name) {
        return run.port(name);
    }

    Path dataDir() {
        return run.dataDir();
    }

    /** Where each process of the run writes its output: the launcher's own files, then {@code logs/<process>.log}. */
    List<Path> outputFiles() {
        return run.outputFiles();
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
        assertThat(run.killWithEverythingUnderIt()).as("Kafka, MongoDB, the authorization server and the six "
                + "applications were killed").isGreaterThanOrEqualTo(8);
    }

    /** Starts the launcher again on the same data folder and ports. */
    void startAgain() {
        run.startAgain();
    }

    @Override
    public void close() {
        run.close();
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
}
