package th.bma.anticorruption.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private GroupCommit<String, String> commits;

    @AfterEach
    void close() {
        gate.countDown();
        commits.close();
    }

    /** Commits by answering each item with itself and "!"; the first batch waits at the gate. */
    private GroupCommit<String, String> start(int maxBatch, Function<List<String>, List<String>> answer) {
        commits = new GroupCommit<>("test", items -> {
            batches.add(items);
            if (batches.size() == 1) {
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer.apply(items);
        }, new GroupCommit.Settings(maxBatch, Duration.ZERO, 1, 1000));
        return commits;
    }

    private static List<String> exclaimed(List<String> items) {
        return items.stream().map(item -> item + "!").toList();
    }

    @Test
    void whatArrivesWhileABatchIsBeingCommittedIsCommittedAsTheNextBatchEachItemWithItsOwnAnswer() {
        start(100, GroupCommitTest::exclaimed);
        CompletableFuture<String> first = commits.submit("first");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            later.add(commits.submit("r" + i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 10);

        gate.countDown();

        assertThat(first.join()).isEqualTo("first!");
        for (int i = 0; i < 10; i++) {
            assertThat(later.get(i).join()).isEqualTo("r" + i + "!");
        }
        assertThat(batches).extracting(List::size).containsExactly(1, 10);
    }

    @Test
    void aBatchHoldsAtMostMaxBatchItems() {
        start(4, GroupCommitTest::exclaimed);
        commits.submit("first");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            later.add(commits.submit("r" + i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 9);

        gate.countDown();

        later.forEach(CompletableFuture::join);
        assertThat(batches).extracting(List::size).containsExactly(1, 4, 4, 1);
    }

    @Test
    void aFailedBatchFailsEveryItemOfItAndOnlyThose() {
        start(100, items -> {
            if (items.contains("poison")) {
                throw new IllegalStateException("store down");
            }
            return exclaimed(items);
        });
        CompletableFuture<String> before = commits.submit("before");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        CompletableFuture<String> poison = commits.submit("poison");
        CompletableFuture<String> sameBatch = commits.submit("neighbour");
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 2);

        gate.countDown();

        assertThat(before.join()).isEqualTo("before!");
        assertThat(poison).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .havingCause().isInstanceOf(IllegalStateException.class).withMessage("store down");
        assertThat(sameBatch).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .havingCause().withMessage("store down");
        assertThat(commits.submit("after").join()).isEqualTo("after!");
    }

    @Test
    void aCommitThatAnswersTooFewItemsFailsTheBatchInsteadOfLeavingARequestUnanswered() {
        start(100, items -> List.of("only one"));
        commits.submit("first");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        CompletableFuture<String> a = commits.submit("a");
        CompletableFuture<String> b = commits.submit("b");
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 2);

        gate.countDown();

        assertThat(a).failsWithin(Duration.ofSeconds(10));
        assertThat(b).failsWithin(Duration.ofSeconds(10));
    }
}
