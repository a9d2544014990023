package th.bma.anticorruption.support.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Loads the AES256-GCM keyset that seals identities, from a file outside MongoDB ({@code platform.identity.keyset-path}).
 * In the local run it is generated on first start; elsewhere the environment supplies it, and a missing file stops
 * the service rather than sealing with a throwaway key. {@link #rotate Rotation} adds a new AES256-GCM key and makes
 * it primary: new values are sealed with it, and the old keys stay in the keyset to open what they sealed. Once
 * nothing is sealed under an old key any more ({@link SealedRecords}), it is {@link #disable disabled} (the services
 * no longer open with it, but the file still holds it) and later {@link #destroy destroyed} (gone from the file).
 */
public final class IdentityKeyset {

    private IdentityKeyset() {
    }

    public static KeysetHandle load(Path path, boolean generateIfMissing) {
        try {
            AeadConfig.register();
            if (!Files.exists(path)) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("identity keyset missing at platform.identity.keyset-path");
                }
                KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                create(path, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(path, StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity keyset could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a freshly generated key to the keyset file and makes it the primary; the previous keys stay enabled so
     * what they sealed still opens. Returns the new primary key's id. The file is replaced atomically.
     */
    public static int rotate(Path path) {
        return addKey(path, true);
    }

    /**
     * Adds a freshly generated key that opens but does not seal yet: with several instances of a service, every
     * instance is given it (restarted) before it is {@link #promote promoted}, so no instance meets a value sealed
     * under a key it does not hold. Returns the new key's id.
     */
    public static int add(Path path) {
        return addKey(path, false);
    }

    /** Makes an enabled key of the keyset file the primary: from the next start on, new values are sealed with it. */
    public static void promote(Path path, int keyId) {
        change(path, keyId, (builder, index) -> {
            if (builder.getAt(index).getStatus() != KeyStatus.ENABLED) {
                throw new IllegalArgumentException("key " + Integer.toUnsignedString(keyId)
                        + " is not enabled; only an enabled key can seal");
            }
            builder.getAt(index).makePrimary();
        });
    }

    private static int addKey(Path path, boolean primary) {
        KeysetHandle current = load(path, false);
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
            KeysetHandle.Builder.Entry entry = KeysetHandle.generateEntryFromParameters(
                    PredefinedAeadParameters.AES256_GCM).withRandomId();
            builder.addEntry(primary ? entry.makePrimary() : entry);
            KeysetHandle changed = builder.build();
            write(path, TinkJsonProtoKeysetFormat.serializeKeyset(changed, InsecureSecretKeyAccess.get()));
            return changed.getAt(changed.size() - 1).getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity keyset could not be rotated", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of the keyset: its id, status and whether it is the primary; never its material. */
    public static List<KeyEntry> keys(KeysetHandle keyset) {
        List<KeyEntry> keys = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            keys.add(new KeyEntry(entry.getId(), entry.getStatus().toString(), entry.isPrimary()));
        }
        return keys;
    }

    /**
     * The keyset with its disabled keys enabled, in memory only: re-sealing opens with it whatever a key retired too
     * early still seals (an instance that kept sealing under it), so nothing stays unreadable before the key is destroyed.
     */
    public static KeysetHandle openingEveryKey(KeysetHandle keyset) {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            for (int i = 0; i < builder.size(); i++) {
                if (builder.getAt(i).getStatus() == KeyStatus.DISABLED) {
                    builder.getAt(i).setStatus(KeyStatus.ENABLED);
                }
            }
            return builder.build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity keyset could not be read", e);
        }
    }

    /**
     * Disables a key in the keyset file: the services started after this no longer open what it sealed. It refuses
     * the primary key. Whether anything is still sealed under the key is {@link IdentityKeyRetirement}'s check.
     */
    static void disable(Path path, int keyId) {
        change(path, keyId, (builder, index) -> {
            if (builder.getAt(index).isPrimary()) {
                throw new IllegalArgumentException("key " + Integer.toUnsignedString(keyId)
                        + " is the primary key; rotate first so that another key seals new values");
            }
            builder.getAt(index).setStatus(KeyStatus.DISABLED);
        });
    }

    /** Deletes a disabled key from the keyset file; an enabled key must be disabled first. */
    static void destroy(Path path, int keyId) {
        change(path, keyId, (builder, index) -> {
            if (builder.getAt(index).getStatus() != KeyStatus.DISABLED) {
                throw new IllegalArgumentException("key " + Integer.toUnsignedString(keyId)
                        + " is not disabled; retire it first");
            }
            builder.deleteAt(index);
        });
    }

    private static void change(Path path, int keyId, KeyChange change) {
        KeysetHandle current = load(path, false);
        int index = indexOf(current, keyId);
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
            change.apply(builder, index);
            write(path, TinkJsonProtoKeysetFormat.serializeKeyset(builder.build(), InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity keyset could not be changed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(KeysetHandle keyset, int keyId) {
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getId() == keyId) {
                return i;
            }
        }
        throw new IllegalArgumentException("the identity keyset has no key " + Integer.toUnsignedString(keyId));
    }

    private interface KeyChange {
        void apply(KeysetHandle.Builder builder, int index);
    }

    /** One key of the keyset as reports show it. */
    public record KeyEntry(int id, String status, boolean primary) {

        /** The id as Tink's tools print it (unsigned). */
        public String name() {
            return Integer.toUnsignedString(id);
        }
    }

    /**
     * Puts a new keyset file in place unless one appeared meanwhile: services started together share the file, and
     * the first to generate wins (a hard link fails atomically if the name exists); every service then reads the same.
     */
    private static void create(Path path, String keyset) throws IOException {
        Path temporary = temporary(path, "." + ProcessHandle.current().pid() + ".new");
        try {
            Files.writeString(temporary, keyset, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ownerOnly(temporary);
            Files.createLink(path, temporary);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another service generated it first: theirs is the keyset
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporary(Path path, String suffix) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions have to do
        }
    }

    private static void write(Path path, String keyset) throws IOException {
        Path temporary = temporary(path, ".tmp");
        Files.writeString(temporary, keyset, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ownerOnly(temporary);
        Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
