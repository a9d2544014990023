package th.bma.anticorruption.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;

/**
 * The local run from one command: {@code java -jar local-launcher/target/local-launcher-exec.jar [--name=value...]}
 * in the repository root (see {@link LaunchSettings} for the options). The sub-commands {@code kafka} and
 * {@code mongodb} are the launcher's own child JVMs.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() || arguments.get(0).startsWith("--") ? "run" : arguments.get(0);
        List<String> options = new ArrayList<>(command.equals("run") && !arguments.contains("run")
                ? arguments : arguments.subList(1, arguments.size()));
        configureLogging(command.equals("run"));
        switch (command) {
            case "run" -> run(LaunchSettings.from(options));
            case "kafka", "mongodb" -> {
                long parentPid = takeParentPid(options);
                LaunchSettings settings = LaunchSettings.from(options);
                InfrastructureNode node = command.equals("kafka") ? new KafkaNode(settings) : new MongoNode(settings);
                NodeMain.run(node, parentPid, settings);
            }
            default -> throw new IllegalArgumentException("Unknown command " + command + "; expected run, kafka or mongodb");
        }
    }

    /** The settings as command-line options, for the child JVMs. */
    static List<String> optionsOf(LaunchSettings settings) {
        List<String> options = new ArrayList<>();
        options.add("--home=" + settings.home());
        options.add("--data-dir=" + settings.dataDir());
        settings.ports().forEach((name, port) -> options.add("--" + name + "-port=" + port));
        return options;
    }

    private static void run(LaunchSettings settings) throws InterruptedException {
        PrintStream console = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        LocalRun run = new LocalRun(settings, console);
        try {
            run.start();
        } catch (LocalRun.PlatformStartException | CompletionException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LoggerFactory.getLogger(LocalPlatform.class).error("The platform could not start: {}", cause.getMessage());
            System.exit(1);
        } catch (java.io.IOException e) {
            LoggerFactory.getLogger(LocalPlatform.class).error("The platform could not start", e);
            System.exit(1);
        }
        // Runs until SIGINT/SIGTERM; the shutdown hook then stops everything in order.
        new CountDownLatch(1).await();
    }

    /** slf4j-simple reads these once, at the first logger: the console shows the launcher, not its probes' clients. */
    private static void configureLogging(boolean console) {
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", console ? "HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        if (console) {
            System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
            System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "off");
            System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "off");
        }
    }

    private static long takeParentPid(List<String> options) {
        for (String option : options) {
            if (option.startsWith("--parent-pid=")) {
                options.remove(option);
                return Long.parseLong(option.substring("--parent-pid=".length()));
            }
        }
        throw new IllegalArgumentException("--parent-pid= is required");
    }
}
