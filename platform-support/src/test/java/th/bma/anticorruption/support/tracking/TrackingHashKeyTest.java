package th.bma.anticorruption.support.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The tracking key comes from the environment or a key file; only the local run creates the file. */
class TrackingHashKeyTest {

    private static final String GIVEN = Base64.getEncoder().encodeToString("g".repeat(32).getBytes());
    private static final String CODE = "1234567890123456";

    @TempDir
    Path folder;

    @Test
    void aKeyFromTheEnvironmentIsUsedAsItIs() {
        TrackingCodeHasher hasher = TrackingHashKey.hasher(new MockEnvironment()
                .withProperty(TrackingHashKey.KEY, GIVEN)
                .withProperty(TrackingHashKey.KEY_FILE, folder.resolve("ignored").toString())
                .withProperty(TrackingHashKey.GENERATE, "true"));

        assertThat(hasher.hash(CODE)).isEqualTo(new TrackingCodeHasher(GIVEN).hash(CODE));
        assertThat(folder.resolve("ignored")).doesNotExist();
    }

    @Test
    void withoutKeyOrKeyFileTheServiceDoesNotStart() {
        assertThatThrownBy(() -> TrackingHashKey.hasher(new MockEnvironment()))
                .hasMessageContaining("TRACKING_HASH_KEY");
    }

    @Test
    void aMissingKeyFileIsCreatedOnlyWhenGenerationIsAllowed() {
        Path file = folder.resolve("keys/tracking-hash-key");
        MockEnvironment environment = new MockEnvironment().withProperty(TrackingHashKey.KEY_FILE, file.toString());

        assertThatThrownBy(() -> TrackingHashKey.hasher(environment)).hasMessageContaining("missing");
        assertThat(file).doesNotExist();

        TrackingCodeHasher created = TrackingHashKey.hasher(environment.withProperty(TrackingHashKey.GENERATE, "true"));
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(TrackingHashKey.fromFile(file, false))).hasSize(32);
        assertThat(TrackingHashKey.hasher(new MockEnvironment().withProperty(TrackingHashKey.KEY_FILE, file.toString()))
                .hash(CODE)).isEqualTo(created.hash(CODE));
    }

    @Test
    void intakeAndCaseTrackingStartingTogetherGetTheSameKey() throws Exception {
        Path file = folder.resolve("keys/tracking-hash-key");
        List<Callable<String>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starts.add(() -> TrackingHashKey.fromFile(file, true));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<String> keys = new ArrayList<>();
        try {
            for (Future<String> key : threads.invokeAll(starts)) {
                keys.add(key.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(keys).hasSize(8).containsOnly(Files.readString(file).strip());
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
