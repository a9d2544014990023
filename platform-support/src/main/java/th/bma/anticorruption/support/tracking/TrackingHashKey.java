package th.bma.anticorruption.support.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.core.env.Environment;

/**
 * Where the tracking-code key comes from; no profile committed to the repository holds one. Either the environment
 * gives it ({@code platform.tracking.hash-key}, from {@code TRACKING_HASH_KEY}), or it is read from a key file
 * ({@code platform.tracking.hash-key-file}). Only the local profile may create a missing file
 * ({@code platform.tracking.generate-hash-key}): the local launcher names the same file in its data folder for intake
 * and case tracking, so both use the key that whichever starts first creates. Anything else refuses to start.
 */
public final class TrackingHashKey {

    static final String KEY = "platform.tracking.hash-key";
    static final String KEY_FILE = "platform.tracking.hash-key-file";
    static final String GENERATE = "platform.tracking.generate-hash-key";

    private TrackingHashKey() {
    }

    /** The hasher with the key the environment names. */
    public static TrackingCodeHasher hasher(Environment environment) {
        String key = environment.getProperty(KEY, "");
        if (!key.isBlank()) {
            return new TrackingCodeHasher(key.strip());
        }
        String file = environment.getProperty(KEY_FILE, "");
        if (file.isBlank()) {
            throw new IllegalStateException(KEY + " (TRACKING_HASH_KEY) or " + KEY_FILE + " is required");
        }
        return new TrackingCodeHasher(fromFile(Path.of(file), environment.getProperty(GENERATE, Boolean.class, false)));
    }

    /** The key in {@code file}; a missing file is created with 32 random bytes only when {@code generate}. */
    static String fromFile(Path file, boolean generate) {
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    throw new IllegalStateException("tracking hash key missing at " + KEY_FILE);
                }
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the key to a temporary file and links it into place: a link never replaces an existing file, so when
     * two services start at once the loser reads the winner's key, and nobody reads a half-written one.
     */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".tracking-hash-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions have to do
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // the other service created it first
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
