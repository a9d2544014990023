package th.bma.anticorruption.testkit;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two instances of a service starting at the same moment, for tests of what their starts do to a shared store: each
 * runs on its own thread, and each passes a {@link #gate()} after it has read the store, which holds it until the other
 * has read too, so both decide on the same state before either writes.
 */
public final class SimultaneousStarts {

    private static final long TIMEOUT_SECONDS = 30;

    private final CyclicBarrier bothRead = new CyclicBarrier(2);

    /** One instance's gate: its first pass waits for the other instance's first pass; later passes go through. */
    public Runnable gate() {
        AtomicBoolean passed = new AtomicBoolean();
        return () -> {
            if (!passed.getAndSet(true)) {
                try {
                    bothRead.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for the other instance", e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other instance did not read the store", e);
                }
            }
        };
    }

    /** Runs both starts at once, each on its own thread; what they return, the first's first. */
    public <T> List<T> run(Callable<T> first, Callable<T> second) throws InterruptedException, ExecutionException,
            TimeoutException {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<T> one = instances.submit(first);
            Future<T> other = instances.submit(second);
            return List.of(one.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), other.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            instances.shutdownNow();
        }
    }
}
