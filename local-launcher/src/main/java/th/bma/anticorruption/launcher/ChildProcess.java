package th.bma.anticorruption.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One process of the local run, its output appended to {@code <data>/logs/<name>.log}. */
final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, List<String> command, Path logDir) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    void start() throws IOException {
        Files.createDirectories(logFile.getParent());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        log.debug("Started {} as pid {}: {}", name, process.pid(), command);
    }

    /** Calls back when the process ends, whoever ended it. */
    void onExit(java.util.function.Consumer<ChildProcess> callback) {
        process.onExit().thenRun(() -> callback.accept(this));
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Exit code if the process has ended, for telling the user why the run cannot come up. */
    Integer exitCode() {
        return process != null && !process.isAlive() ? process.exitValue() : null;
    }

    /** SIGTERM, then up to {@code grace} for a clean shutdown, then SIGKILL. */
    void stop(Duration grace) {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {}; killing it", name, grace);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
