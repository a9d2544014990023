package th.bma.anticorruption.support.sealing;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.OptionalInt;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;

/**
 * Encrypts what must never be stored in clear (the complainant's identity, the tracking code) with Tink AEAD.
 * The context (e.g. {@code identity:<complaintId>}) is bound as associated data, so a sealed value copied onto
 * another complaint does not open. Tink prefixes each ciphertext with its key id: after a key rotation old
 * values still open with their old key while new ones use the new primary.
 */
public class Sealer {

    /** Tink's output prefix: a version byte, then the 4-byte id of the key that sealed. */
    private static final byte TINK_PREFIX = 0x01;
    private static final int PREFIX_LENGTH = 5;

    private final Aead aead;
    private final int primaryKeyId;

    public Sealer(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.primaryKeyId = keyset.getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity keyset holds no usable AEAD key", e);
        }
    }

    public byte[] seal(byte[] plaintext, String context) {
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public byte[] open(byte[] ciphertext, String context) {
        try {
            return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Deliberately without detail: the message must not hint at the content.
            throw new IllegalStateException("a sealed value did not open with any key of the keyset");
        }
    }

    /** The id of the key that seals new values. */
    public int primaryKeyId() {
        return primaryKeyId;
    }

    /** The id of the key that sealed this ciphertext, read from Tink's prefix; empty if it carries none. */
    public static OptionalInt keyIdOf(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < PREFIX_LENGTH || ciphertext[0] != TINK_PREFIX) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(ciphertext, 1, 4).getInt());
    }
}
