package th.bma.anticorruption.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.bma.anticorruption.authserver.keys.SigningKeys;

class SigningKeysTest {

    @Test
    void aPersistedKeyIsTheSameAfterARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/signing-key.json");

        RSAKey first = SigningKeys.loadOrCreate(file);
        RSAKey second = SigningKeys.loadOrCreate(file);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(second.isPrivate()).isTrue();
    }
}
