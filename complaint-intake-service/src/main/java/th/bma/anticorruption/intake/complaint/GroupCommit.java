package th.bma.anticorruption.intake.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: requests prepared on their own threads {@link #submit queue} their items, and committer threads take
 * whatever is waiting (at most {@code maxBatch}, lingering at most {@code linger} for more) and commit it as one
 * batch, answering each item's future with its own answer. Under load a batch fills while the previous one is being
 * committed; a lone request waits no longer than the linger. If the commit of a batch throws, every item of it gets
 * that exception: none is answered as if it had been committed.
 *
 * @param <T> what a request hands in
 * @param <A> what it is answered
 */
public class GroupCommit<T, A> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** How batches are cut and how many are committed at once. */
    public record Settings(int maxBatch, Duration linger, int committers, int maxWaiting) {
    }

    private record Waiting<T, A>(T item, CompletableFuture<A> answer) {
    }

    private final Function<List<T>, List<A>> commit;
    private final Settings settings;
    private final BlockingQueue<Waiting<T, A>> queue;
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean open = true;

    /** {@code commit} answers a batch in order, one answer per item, or throws for the whole batch. */
    public GroupCommit(String name, Function<List<T>, List<A>> commit, Settings settings) {
        this.commit = commit;
        this.settings = settings;
        this.queue = new LinkedBlockingQueue<>(settings.maxWaiting());
        for (int i = 0; i < settings.committers(); i++) {
            Thread thread = new Thread(this::run, name + "-commit-" + i);
            thread.setDaemon(true);
            committers.add(thread);
            thread.start();
        }
    }

    /** Queues an item for the next batch; the future completes once its batch is committed (or failed). */
    public CompletableFuture<A> submit(T item) {
        CompletableFuture<A> answer = new CompletableFuture<>();
        if (!open) {
            answer.completeExceptionally(new IllegalStateException("intake is shutting down"));
        } else if (!queue.offer(new Waiting<>(item, answer))) {
            answer.completeExceptionally(new IllegalStateException(settings.maxWaiting() + " requests already wait"));
        }
        return answer;
    }

    /** How many items wait for a batch now. */
    public int waiting() {
        return queue.size();
    }

    private void run() {
        List<Waiting<T, A>> batch = new ArrayList<>(settings.maxBatch());
        try {
            while (open) {
                Waiting<T, A> first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                fill(batch);
                commit(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail(batch, new IllegalStateException("intake is shutting down"));
    }

    private void fill(List<Waiting<T, A>> batch) throws InterruptedException {
        long deadline = System.nanoTime() + settings.linger().toNanos();
        while (batch.size() < settings.maxBatch()) {
            queue.drainTo(batch, settings.maxBatch() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= settings.maxBatch() || left <= 0) {
                return;
            }
            Waiting<T, A> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void commit(List<Waiting<T, A>> batch) {
        List<A> answers;
        try {
            answers = commit.apply(batch.stream().map(Waiting::item).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(answers.size() + " answers for " + batch.size() + " items");
            }
        } catch (RuntimeException e) {
            log.warn("A batch of {} requests failed ({}); each is answered with the failure", batch.size(),
                    e.getClass().getSimpleName());
            fail(batch, e);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }

    private static <T, A> void fail(List<Waiting<T, A>> batch, RuntimeException e) {
        batch.forEach(waiting -> waiting.answer().completeExceptionally(e));
    }

    @Override
    public void close() {
        open = false;
        committers.forEach(Thread::interrupt);
        List<Waiting<T, A>> left = new ArrayList<>();
        queue.drainTo(left);
        fail(left, new IllegalStateException("intake is shutting down"));
    }
}
