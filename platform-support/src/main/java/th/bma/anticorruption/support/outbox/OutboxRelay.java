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
 * <p>
 * The grace period is never shorter than the longest a first send of any of its outboxes can take
 * ({@link OutboxSender#longestSend}: for the Kafka sender, the producer's {@code max.block.ms} plus the longer of its
 * {@code delivery.timeout.ms} and {@code platform.outbox.send-timeout}): sooner, the relay could send again events
 * whose first send is still under way, which the broker would then carry twice and an {@link Outbox.Listener} count
 * twice. Without a grace period it is that longest send; a shorter one is refused when the relay is built, so a
 * service so configured does not start.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /**
     * How often, past which age ({@code grace}; null: the longest a send of the outboxes can take), and how many
     * batches per outbox and pass.
     */
    public record Schedule(Duration interval, Duration grace, int batches) {
    }

    private final List<Outbox<?>> outboxes;
    private final Schedule schedule;
    private final Duration grace;
    private ScheduledExecutorService executor;

    /** @throws IllegalArgumentException if the schedule's grace is shorter than a send of one of the outboxes */
    public OutboxRelay(List<Outbox<?>> outboxes, Schedule schedule) {
        this.outboxes = List.copyOf(outboxes);
        this.schedule = schedule;
        this.grace = graceFor(this.outboxes, schedule.grace());
    }

    private static Duration graceFor(List<Outbox<?>> outboxes, Duration configured) {
        Duration longest = Duration.ZERO;
        for (Outbox<?> outbox : outboxes) {
            Duration send = outbox.longestSend();
            if (configured != null && configured.compareTo(send) < 0) {
                throw new IllegalArgumentException("platform.outbox.grace (" + configured + ") is shorter than the "
                        + "longest a first send of outbox " + outbox.name() + " can take (" + send + ": the producer's "
                        + "max.block.ms plus the longer of its delivery.timeout.ms and platform.outbox.send-timeout); "
                        + "the relay would send again events still on their way. Leave platform.outbox.grace unset "
                        + "(it is then that longest send), set it to at least " + send + ", or shorten the producer's "
                        + "timeouts");
            }
            longest = send.compareTo(longest) > 0 ? send : longest;
        }
        return configured != null ? configured : longest;
    }

    /** How old an unmarked batch must be before a pass sends it again. */
    public Duration grace() {
        return grace;
    }

    /** One pass over every outbox (what the thread runs; tests call it directly). */
    public void pass() {
        for (Outbox<?> outbox : outboxes) {
            try {
                outbox.relay(grace, schedule.batches());
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
        log.info("Outbox relay: every {}, batches unmarked for longer than {}", schedule.interval(), grace);
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
