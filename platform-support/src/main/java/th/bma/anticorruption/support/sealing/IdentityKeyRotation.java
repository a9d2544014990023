package th.bma.anticorruption.support.sealing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.KeysetHandle;

/**
 * The operator's command for rotating the identity keyset (docs/operations.md, "Rotating the identity keyset"), run
 * with any of the services' jars ({@code ops/identity-keys.sh} does):
 * <pre>
 * status  &lt;keyset file&gt;            the keys, and how many stored values each seals
 * rotate  &lt;keyset file&gt;            adds a new key and makes it the primary (the old keys stay to open)
 * add     &lt;keyset file&gt;            adds a new key that opens but does not seal yet (several instances)
 * promote &lt;keyset file&gt; &lt;key id&gt;   makes that key the primary
 * reseal  &lt;keyset file&gt;            seals every stored value again under the primary key
 * retire  &lt;keyset file&gt; &lt;key id&gt;   disables a key, refused while any stored value is sealed under it
 * destroy &lt;keyset file&gt; &lt;key id&gt;   deletes a retired key, refused likewise
 * </pre>
 * The commands that read the stores ({@code status}, {@code reseal}, {@code retire}, {@code destroy}) walk every field
 * of {@link SealedFields} in the intake, routing and case-tracking databases in one run: one keyset seals them all, so
 * a key can only be retired when none of them holds a value under it. Each database is reached as
 * {@link MongoConnections} says (the services' own users, or one user allowed on the three). Only key ids and counts
 * are printed, never a key or a value.
 */
public final class IdentityKeyRotation {

    static final int REFUSED = 2;
    static final int UNREADABLE_LEFT = 3;

    private static final Logger log = LoggerFactory.getLogger(IdentityKeyRotation.class);
    private static final String USAGE = "usage: IdentityKeyRotation status|add|rotate|reseal <keyset file>"
            + " | promote|retire|destroy <keyset file> <key id>";
    private static final List<String> WITH_KEY_ID = List.of("promote", "retire", "destroy");
    private static final List<String> COMMANDS = List.of("status", "add", "rotate", "reseal", "promote", "retire",
            "destroy");

    private IdentityKeyRotation() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv()));
    }

    /** Runs one command; the exit status: 0 done, 2 refused (the reason logged), 3 values left unreadable. */
    static int run(List<String> args, Map<String, String> environment) {
        String command = args.isEmpty() ? "" : args.get(0);
        int expected = WITH_KEY_ID.contains(command) ? 3 : 2;
        if (args.size() != expected || !COMMANDS.contains(command)) {
            log.error(USAGE);
            return REFUSED;
        }
        Path keyset = Path.of(args.get(1));
        try {
            switch (command) {
                case "rotate" -> {
                    log.info("New primary key {}; restart intake, routing and case tracking, then reseal",
                            Integer.toUnsignedString(IdentityKeyset.rotate(keyset)));
                    return 0;
                }
                case "add" -> {
                    log.info("New key {} (opens, does not seal yet); restart every instance of intake, routing and "
                            + "case tracking, then promote it", Integer.toUnsignedString(IdentityKeyset.add(keyset)));
                    return 0;
                }
                case "promote" -> {
                    IdentityKeyset.promote(keyset, keyId(args.get(2)));
                    log.info("Key {} is the primary; restart intake, routing and case tracking, then reseal",
                            args.get(2));
                    return 0;
                }
                default -> {
                    // the commands below read the stores
                }
            }
            try (MongoConnections mongo = new MongoConnections(environment)) {
                KeysetHandle keys = IdentityKeyset.load(keyset, false);
                SealedRecords records = SealedRecords.everyField(mongo::database, keys);
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
