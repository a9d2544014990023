package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's command that makes the identity keyset for a new installation ({@code ops/make-secrets.sh} runs
 * it): writes a fresh AES256-GCM keyset to the file given as the only argument, or, when the file exists, only checks
 * that it is a keyset the services can read. It never replaces an existing keyset: that would lose every value it
 * sealed.
 */
public final class CreateIdentityKeyset {

    private static final Logger log = LoggerFactory.getLogger(CreateIdentityKeyset.class);

    private CreateIdentityKeyset() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CreateIdentityKeyset <keyset file>");
        }
        int primary = IdentityKeyset.load(Path.of(args[0]), true).getPrimary().getId();
        log.info("Identity keyset ready; primary key id {}", Integer.toUnsignedString(primary));
    }
}
