package th.bma.anticorruption.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child JVM that runs one infrastructure node. It stops the node cleanly on SIGTERM (the launcher's normal
 * shutdown) and also when the launcher itself dies, even by kill -9: then it first lets the services, which shut
 * themselves down at the same moment, finish their last writes.
 */
final class NodeMain {

    private static final Logger log = LoggerFactory.getLogger(NodeMain.class);
    private static final Duration SERVICES_GRACE = Duration.ofSeconds(30);

    private NodeMain() {
    }

    static void run(InfrastructureNode node, long launcherPid, LaunchSettings settings) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping {}", node.name());
            node.stop();
            log.info("{} stopped", node.name());
            stopped.countDown();
        }, node.name() + "-stop"));
        node.start();
        log.info("{} started", node.name());
        ProcessHandle.of(launcherPid).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> afterLauncherDied(settings, launcherPid)),
                () -> afterLauncherDied(settings, launcherPid));
        stopped.await();
    }

    private static void afterLauncherDied(LaunchSettings settings, long launcherPid) {
        log.warn("Launcher {} ended; waiting for the services to stop before stopping", launcherPid);
        List<ProcessHandle> services = new PidFile(settings.dataDir()).alive(List.of("kafka", "mongodb"));
        if (!PidFile.awaitExit(services, SERVICES_GRACE)) {
            log.warn("Services still running after {}; stopping anyway", SERVICES_GRACE);
        }
        System.exit(0);
    }
}
