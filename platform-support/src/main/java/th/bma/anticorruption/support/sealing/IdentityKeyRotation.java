package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.KeysetHandle;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The operator's command for rotating the identity keyset (docs/operations.md, "Rotating the identity keyset"), run
 * with any of the services' jars ({@code ops/identity-keys.sh} does):
 * <pre>
 * status  &lt;keyset file&gt;            the keys, and how many stored values each seals
 * rotate  &lt;keyset file&gt;            adds a new key and makes it the primary (the old keys stay to open)
 * reseal  &lt;keyset file&gt;            seals every stored value again under the primary key
 * retire  &lt;keyset file&gt; &lt;key id&gt;   disables a key, refused while any stored value is sealed under it
 * destroy &lt;keyset file&gt; &lt;key id&gt;   deletes a retired key, refused likewise
 * </pre>
 * The commands that read the stores connect to the MongoDB named by {@code IDENTITY_KEYS_MONGODB_URI} (default
 * {@code mongodb://localhost:27017}, the local run's) and walk every field of {@link SealedFields} in the intake,
 * routing and case-tracking databases at once: one keyset seals them all, so a key can only be retired when none of
 * them holds a value under it. Only key ids and counts are printed, never a key or a value.
 */
public final class IdentityKeyRotation {

    static final String MONGODB_URI_VARIABLE = "IDENTITY_KEYS_MONGODB_URI";
    static final int REFUSED = 2;
    static final int UNREADABLE_LEFT = 3;

    private static final Logger log = LoggerFactory.getLogger(IdentityKeyRotation.class);
    private static final String USAGE = "usage: IdentityKeyRotation status|rotate|reseal <keyset file>"
            + " | retire|destroy <keyset file> <key id>";

    private IdentityKeyRotation() {
    }

    public static void main(String[] args) {
        String uri = System.getenv().getOrDefault(MONGODB_URI_VARIABLE, "mongodb://localhost:27017");
        System.exit(run(List.of(args), uri));
    }

    /** Runs one command; the exit status: 0 done, 2 refused (the reason logged), 3 values left unreadable. */
    static int run(List<String> args, String mongoUri) {
        String command = args.isEmpty() ? "" : args.get(0);
        int expected = command.equals("retire") || command.equals("destroy") ? 3 : 2;
        if (args.size() != expected || !List.of("status", "rotate", "reseal", "retire", "destroy").contains(command)) {
            log.error(USAGE);
            return REFUSED;
        }
        Path keyset = Path.of(args.get(1));
        try {
            if (command.equals("rotate")) {
                int primary = IdentityKeyset.rotate(keyset);
                log.info("Identity keyset rotated; new primary key {}; restart intake, routing and case tracking, "
                        + "then reseal", Integer.toUnsignedString(primary));
                return 0;
            }
            try (MongoClient mongo = MongoClients.create(mongoUri)) {
                KeysetHandle keys = IdentityKeyset.load(keyset, false);
                SealedRecords records = SealedRecords.everyField(mongo, keys);
                return switch (command) {
                    case "status" -> status(keys, records);
                    case "reseal" -> reseal(records);
                    case "retire" -> retire(keyset, keyId(args.get(2)), records);
                    default -> destroy(keyset, keyId(args.get(2)), records);
                };
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.error("Refused: {}", e.getMessage());
            return REFUSED;
        }
    }

    private static int status(KeysetHandle keys, SealedRecords records) {
        for (IdentityKeyset.KeyEntry key : IdentityKeyset.keys(keys)) {
            log.info("key {} {}{}", key.name(), key.status(), key.primary() ? " primary" : "");
        }
        for (SealedRecords.FieldCensus field : records.census().fields()) {
            log.info("{}: {}{}", field.field().name(), counts(field.byKey()),
                    field.unrecognised() > 0 ? ", " + field.unrecognised() + " without a key id" : "");
        }
        return 0;
    }

    private static int reseal(SealedRecords records) {
        long unreadable = 0;
        for (SealedRecords.Resealed done : records.reseal()) {
            log.info("{}: {} examined, {} re-sealed, {} already under the primary key, {} changed meanwhile, "
                    + "{} unreadable", done.field().name(), done.examined(), done.resealed(),
                    done.alreadyUnderPrimary(), done.changedMeanwhile(), done.unreadable());
            unreadable += done.unreadable();
        }
        if (unreadable > 0) {
            log.error("{} value(s) did not open with any key of the keyset and were left as they are", unreadable);
            return UNREADABLE_LEFT;
        }
        return 0;
    }

    private static int retire(Path keyset, int keyId, SealedRecords records) {
        IdentityKeyRetirement.retire(keyset, keyId, records);
        log.info("Key {} disabled; no stored value is sealed under it. Restart intake, routing and case tracking",
                Integer.toUnsignedString(keyId));
        return 0;
    }

    private static int destroy(Path keyset, int keyId, SealedRecords records) {
        IdentityKeyRetirement.destroy(keyset, keyId, records);
        log.info("Key {} destroyed", Integer.toUnsignedString(keyId));
        return 0;
    }

    private static int keyId(String id) {
        try {
            return Integer.parseUnsignedInt(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a key id is a number as status prints it, not " + id);
        }
    }

    private static String counts(Map<Integer, Long> byKey) {
        if (byKey.isEmpty()) {
            return "no values";
        }
        return byKey.entrySet().stream()
                .map(e -> "key " + Integer.toUnsignedString(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
