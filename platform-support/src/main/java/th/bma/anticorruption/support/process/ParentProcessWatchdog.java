package th.bma.anticorruption.support.process;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;

/**
 * When the local launcher starts a service it passes its own pid in {@code platform.parent-pid}; if the launcher dies
 * (even by kill -9) the service shuts down instead of lingering on its port.
 */
@AutoConfiguration
@ConditionalOnProperty("platform.parent-pid")
public class ParentProcessWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    @Bean
    Object parentProcessWatch(ApplicationContext context,
            org.springframework.core.env.Environment environment) {
        long pid = Long.parseLong(environment.getRequiredProperty("platform.parent-pid"));
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty()) {
            log.warn("Launcher process {} is gone; shutting down", pid);
            new Thread(() -> System.exit(SpringApplication.exit(context, () -> 3))).start();
        } else {
            parent.get().onExit().thenRun(() -> {
                log.warn("Launcher process {} ended; shutting down", pid);
                System.exit(SpringApplication.exit(context, () -> 3));
            });
        }
        return parent;
    }
}
