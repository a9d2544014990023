package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's rotation command (docs/intake.md, "Rotating the identity key"): adds a new primary key to the keyset
 * file given as the only argument. Run it with the service's jar, e.g.
 * {@code java -cp complaint-intake-service-exec.jar -Dloader.main=th.bma.anticorruption.support.sealing.RotateIdentityKeyset
 * org.springframework.boot.loader.launch.PropertiesLauncher /run/secrets/identity-keyset.json}, then restart intake.
 */
public final class RotateIdentityKeyset {

    private static final Logger log = LoggerFactory.getLogger(RotateIdentityKeyset.class);

    private RotateIdentityKeyset() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RotateIdentityKeyset <keyset file>");
        }
        int primary = IdentityKeyset.rotate(Path.of(args[0]));
        // The key id is not secret (it prefixes every ciphertext); the key material is never printed.
        log.info("Identity keyset rotated; new primary key id {}", Integer.toUnsignedString(primary));
    }
}
