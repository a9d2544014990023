package th.bma.anticorruption.authserver.keys;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's command that makes the token signing key for a new installation ({@code ops/make-secrets.sh} runs
 * it): writes a fresh RSA JWK to the file given as the only argument, or reads the existing one, which it keeps.
 */
public final class CreateSigningKey {

    private static final Logger log = LoggerFactory.getLogger(CreateSigningKey.class);

    private CreateSigningKey() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CreateSigningKey <key file>");
        }
        log.info("Signing key ready; key id {}", SigningKeys.loadOrCreate(Path.of(args[0])).getKeyID());
    }
}
