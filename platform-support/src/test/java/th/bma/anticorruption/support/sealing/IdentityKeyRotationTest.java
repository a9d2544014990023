package th.bma.anticorruption.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotating the keyset that seals identities: what was sealed before still opens, what is sealed after uses the new key. */
class IdentityKeyRotationTest {

    private static final String CONTEXT = "identity:7d3f0a52-1c7e-3a55-9f0e-2f6c2d0f7a11";
    private static final byte[] PARTICULARS = "{\"name\":\"สมชาย ใจดี\",\"phone\":\"0812345678\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path keys;

    @Test
    void afterRotationOldSealsStillOpenAndNewSealsUseTheNewPrimaryKey() {
        Path keyset = keys.resolve("identity-keyset.json");
        Sealer before = new Sealer(IdentityKeyset.load(keyset, true));
        byte[] sealedBefore = before.seal(PARTICULARS, CONTEXT);
        int oldKey = IdentityKeyset.load(keyset, false).getPrimary().getId();

        int newKey = IdentityKeyset.rotate(keyset);

        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(IdentityKeyset.load(keyset, false).size()).isEqualTo(2);
        Sealer after = new Sealer(IdentityKeyset.load(keyset, false));
        assertThat(after.open(sealedBefore, CONTEXT)).as("sealed with the old key, opened after rotation").isEqualTo(PARTICULARS);
        byte[] sealedAfter = after.seal(PARTICULARS, CONTEXT);
        assertThat(keyIdOf(sealedBefore)).isEqualTo(oldKey);
        assertThat(keyIdOf(sealedAfter)).as("Tink's 5-byte prefix names the key that sealed").isEqualTo(newKey);
        assertThat(after.open(sealedAfter, CONTEXT)).isEqualTo(PARTICULARS);
        assertThatThrownBy(() -> before.open(sealedAfter, CONTEXT))
                .as("the old keyset alone cannot open what the new key sealed").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotatingTwiceKeepsEveryEarlierKeyAndTheFileHasNoOtherReaders() throws Exception {
        Path keyset = keys.resolve("identity-keyset.json");
        Sealer first = new Sealer(IdentityKeyset.load(keyset, true));
        byte[] sealedFirst = first.seal(PARTICULARS, CONTEXT);
        IdentityKeyset.rotate(keyset);
        byte[] sealedSecond = new Sealer(IdentityKeyset.load(keyset, false)).seal(PARTICULARS, CONTEXT);
        IdentityKeyset.rotate(keyset);

        Sealer third = new Sealer(IdentityKeyset.load(keyset, false));
        assertThat(third.open(sealedFirst, CONTEXT)).isEqualTo(PARTICULARS);
        assertThat(third.open(sealedSecond, CONTEXT)).isEqualTo(PARTICULARS);
        assertThat(Files.getPosixFilePermissions(keyset)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void aMissingKeysetIsNeverInventedWhereGeneratingIsNotAllowedAndCannotBeRotated() {
        Path missing = keys.resolve("absent.json");
        assertThatThrownBy(() -> IdentityKeyset.load(missing, false)).hasMessageContaining("identity keyset missing");
        assertThatThrownBy(() -> IdentityKeyset.rotate(missing)).hasMessageContaining("identity keyset missing");
        assertThat(missing).doesNotExist();
    }

    /** Tink's output prefix: version byte 0x01, then the 4-byte id of the key that sealed. */
    private static int keyIdOf(byte[] ciphertext) {
        assertThat(ciphertext[0]).isEqualTo((byte) 0x01);
        return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
    }
}
