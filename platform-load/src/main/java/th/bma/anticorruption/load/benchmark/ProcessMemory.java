package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory from {@code /proc/<pid>/status} (now, {@code VmRSS}, and its peak, {@code VmHWM}) and
 * the CPU time it used from {@code /proc/<pid>/stat} (clock ticks of 10 ms).
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Kilobytes, or 0 if the process is gone. */
    static long residentKb(long pid) {
        return field(pid, "VmRSS:");
    }

    static long peakResidentKb(long pid) {
        return field(pid, "VmHWM:");
    }

    /** CPU time the process has used so far (user + system), in seconds; 0 if it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime field 14 and stime field 15 of the whole line
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
