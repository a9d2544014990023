package th.bma.anticorruption.load.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.load.generator.LoadGenerator;

/**
 * Background load at a modest, steady rate while a fault happens: a few sender threads, each pacing itself, take
 * the next record from the generator and submit it. A refused connection does not speed the senders up.
 */
final class SteadyLoad implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SteadyLoad.class);
    private static final int SENDERS = 4;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> senders = new ArrayList<>();

    SteadyLoad(LoadGenerator generator, Submissions submissions, double perSecond) {
        long pauseNanos = (long) (SENDERS * 1e9 / perSecond);
        for (int i = 0; i < SENDERS; i++) {
            Thread sender = new Thread(() -> {
                long next = System.nanoTime();
                while (running.get()) {
                    submissions.submit(generator.next());
                    next += pauseNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Pause.of(java.time.Duration.ofNanos(wait));
                    } else {
                        next = System.nanoTime();
                    }
                }
            }, "steady-load-" + i);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        log.info("Steady load: {} records/s", perSecond);
    }

    /** Stops sending and waits for the requests in flight. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread sender : senders) {
            sender.join();
        }
    }
}
