package th.bma.anticorruption.launcher;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code java} command lines of the local run: the same JDK as the launcher, small heaps and the options that
 * start a JVM fast and lean on two cores (serial GC, C1 only), so the whole run stays well under 2.5 GB.
 */
final class JavaCommand {

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    List<String> jvm(int heapMegabytes) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Xms32m");
        command.add("-Xmx" + heapMegabytes + "m");
        command.add("-Xss512k");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:ReservedCodeCacheSize=48m");
        command.add("-XX:MaxMetaspaceSize=192m");
        command.add("-Dfile.encoding=UTF-8");
        return command;
    }

    /** This launcher again, in a child JVM, running one of its sub-commands. */
    List<String> launcher(int heapMegabytes, String subCommand) {
        List<String> command = jvm(heapMegabytes);
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.add("-jar");
            command.add(Path.of(classPath).toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(LocalPlatform.class.getName());
        }
        command.add(subCommand);
        return command;
    }
}
