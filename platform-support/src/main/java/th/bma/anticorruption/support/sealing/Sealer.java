package th.bma.anticorruption.support.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

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

    private final Aead aead;

    public Sealer(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
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
}
