package th.bma.anticorruption.cases.deadline;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Runs {@link DeadlineWatch#check()} every {@code cases.watch.interval} unless {@code cases.watch.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cases.watch.enabled", havingValue = "true", matchIfMissing = true)
class WatchScheduling {

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler deadlineWatchScheduler(DeadlineWatch watch, WatchProperties properties) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("deadline-watch-");
        scheduler.initialize();
        Duration interval = properties.interval();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                watch.check();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(WatchScheduling.class).error("Deadline check failed", e);
            }
        }, interval);
        return scheduler;
    }
}
