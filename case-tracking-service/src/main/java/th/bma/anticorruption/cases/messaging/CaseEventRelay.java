package th.bma.anticorruption.cases.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.casework.CaseEventOutbox;

/**
 * Every {@code cases.outbox.interval}, sends again the case events a failed send or a crash left pending (see
 * {@link CaseEventOutbox#relay}); a broker that stays away is simply tried again at the next pass. Off when
 * {@code cases.outbox.relay-enabled} is false (tests drive the relay by hand). Its thread is its own, not a
 * scheduler bean, so it adds no second {@code TaskScheduler} to the context.
 */
@Component
@ConditionalOnProperty(name = "cases.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
class CaseEventRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseEventRelay.class);

    private final CaseEventOutbox outbox;
    private final OutboxProperties properties;
    private ScheduledExecutorService executor;

    CaseEventRelay(CaseEventOutbox outbox, OutboxProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "case-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void pass() {
        try {
            outbox.relay(properties.grace(), properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Case event relay pass failed ({}); next pass in {}", e.getClass().getSimpleName(),
                    properties.interval());
        }
    }
}
