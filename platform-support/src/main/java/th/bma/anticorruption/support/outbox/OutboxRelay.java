package th.bma.anticorruption.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code interval}, {@link Outbox#relay relays} what each outbox left unmarked for longer than {@code grace};
 * a broker that stays away is simply tried again at the next pass. Its thread is its own, not a scheduler bean, so it
 * adds no {@code TaskScheduler} to the service's context.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** How often, past which age, and how many batches per outbox and pass. */
    public record Schedule(Duration interval, Duration grace, int batches) {
    }

    private final List<Outbox<?>> outboxes;
    private final Schedule schedule;
    private ScheduledExecutorService executor;

    public OutboxRelay(List<Outbox<?>> outboxes, Schedule schedule) {
        this.outboxes = List.copyOf(outboxes);
        this.schedule = schedule;
    }

    /** One pass over every outbox (what the thread runs; tests call it directly). */
    public void pass() {
        for (Outbox<?> outbox : outboxes) {
            try {
                outbox.relay(schedule.grace(), schedule.batches());
            } catch (RuntimeException e) {
                log.warn("Outbox {} relay pass failed ({}); next pass in {}", outbox.name(),
                        e.getClass().getSimpleName(), schedule.interval());
            }
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = schedule.interval().toMillis();
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
}
