package th.bma.anticorruption.intake;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;

import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The service's real outbox sender, which a test can make refuse the next sends (as a broker outage would) or hold
 * at a gate (to let requests pile up behind a batch); it remembers the events of every call.
 */
public final class ControllableSender implements OutboxSender, DisposableBean {

    private final OutboxSender real;
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final List<List<OutboxEvent>> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public ControllableSender(OutboxSender real) {
        this.real = real;
    }

    /** The next {@code sends} calls are answered "not acknowledged" for every event, and nothing reaches Kafka. */
    public void refuseNext(int sends) {
        refusalsLeft.set(sends);
    }

    /** Sends wait at a gate until {@link #release}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** How many sends are under way (waiting at the gate, when it is held). */
    public int held() {
        return held.get();
    }

    /** The events of every call so far, one list per call. */
    public List<List<OutboxEvent>> calls() {
        return List.copyOf(calls);
    }

    @Override
    public List<Boolean> send(List<OutboxEvent> events) {
        calls.add(List.copyOf(events));
        CountDownLatch waitFor = gate;
        held.incrementAndGet();
        try {
            if (!waitFor.await(60, TimeUnit.SECONDS)) {
                return Collections.nCopies(events.size(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Collections.nCopies(events.size(), false);
        } finally {
            held.decrementAndGet();
        }
        if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Collections.nCopies(events.size(), false);
        }
        return real.send(events);
    }

    @Override
    public void destroy() throws Exception {
        release();
        if (real instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
