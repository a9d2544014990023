package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Retiring an old key of the identity keyset, in two steps that each first count what the key still seals in every
 * sealed field ({@link SealedRecords#census}) and refuse while anything is: {@link #retire} disables the key (the
 * file keeps it, so a mistake is undone by enabling it again), {@link #destroy} later deletes it for good.
 */
public final class IdentityKeyRetirement {

    private IdentityKeyRetirement() {
    }

    /** Disables the key if no value is sealed under it any more; otherwise refuses, naming where values remain. */
    public static void retire(Path keyset, int keyId, SealedRecords records) {
        refuseWhileInUse(keyId, records, "retired");
        IdentityKeyset.disable(keyset, keyId);
    }

    /** Deletes a retired (disabled) key if still no value is sealed under it. */
    public static void destroy(Path keyset, int keyId, SealedRecords records) {
        IdentityKeyset.indexOf(IdentityKeyset.load(keyset, false), keyId);
        refuseWhileInUse(keyId, records, "destroyed");
        IdentityKeyset.destroy(keyset, keyId);
    }

    private static void refuseWhileInUse(int keyId, SealedRecords records, String what) {
        SealedRecords.Census census = records.census();
        long remaining = census.under(keyId);
        if (remaining > 0) {
            throw new KeyStillInUseException("key " + Integer.toUnsignedString(keyId) + " cannot be " + what + ": "
                    + remaining + " value(s) are still sealed under it ("
                    + census.holding(keyId).stream().map(f -> f.field().name() + " " + f.under(keyId))
                            .collect(Collectors.joining(", "))
                    + "); re-seal first, after every service runs with the new primary key");
        }
    }

    /** A key still seals stored values, so retiring it would make them unreadable. */
    public static class KeyStillInUseException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        KeyStillInUseException(String message) {
            super(message);
        }
    }
}
