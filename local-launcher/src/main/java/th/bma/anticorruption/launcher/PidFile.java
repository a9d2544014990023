package th.bma.anticorruption.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code <data>/run/platform.pids}: the processes of the current run, one {@code <name> <pid>} a line. A restart after
 * a kill -9 waits for the previous run's processes (which shut themselves down when the launcher dies) before it
 * binds their ports and opens their files; Kafka and MongoDB read it to outlive the services that still write.
 */
final class PidFile {

    private final Path file;

    PidFile(Path dataDir) {
        this.file = dataDir.resolve("run").resolve("platform.pids");
    }

    synchronized void record(Map<String, Long> pids) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder lines = new StringBuilder();
            pids.forEach((name, pid) -> lines.append(name).append(' ').append(pid).append('\n'));
            Path next = file.resolveSibling("platform.pids.next");
            Files.writeString(next, lines, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded processes that are still alive, except the ones whose names are given. */
    List<ProcessHandle> alive(List<String> except) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<ProcessHandle> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && !except.contains(parts[0])) {
                    ProcessHandle.of(Long.parseLong(parts[1])).filter(ProcessHandle::isAlive).ifPresent(alive::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alive;
    }

    /** Waits until the processes have ended; true if they all did in time. */
    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
