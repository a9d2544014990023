package th.bma.anticorruption.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.Sealer;

/**
 * {@code ops/identity-keys.sh} run for real (bash, this JVM's class path as the platform's tools) against an
 * in-process MongoDB: the documented sequence rotate, reseal, retire works, a refusal is a non-zero exit, and the
 * keyset file keeps the mode the containers read it with.
 */
class IdentityKeysScriptTest {

    private static final String PARTICULARS = "{\"name\":\"สมชาย ใจดี\",\"phone\":\"0812345678\"}";

    @TempDir
    Path secrets;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
    private final MongoClient mongo = MongoClients.create(uri);

    @AfterEach
    void stopMongo() {
        mongo.close();
        server.shutdownNow();
    }

    @Test
    void rotateResealAndRetireKeepTheKeysetReadableAndEverySealedIdentityOpen() throws Exception {
        Path keyset = secrets.resolve("identity-keyset.json");
        Sealer underA = new Sealer(IdentityKeyset.load(keyset, true));
        Files.setPosixFilePermissions(keyset, PosixFilePermissions.fromString("r--r--r--"));
        MongoCollection<Document> vault = mongo.getDatabase(SealedFields.IDENTITIES.database())
                .getCollection(SealedFields.IDENTITIES.collection());
        vault.insertOne(new Document("_id", "C-1").append("sealed", new Binary(
                underA.seal(PARTICULARS.getBytes(StandardCharsets.UTF_8), SealedFields.IDENTITY.of("C-1")))));
        String keyA = Integer.toUnsignedString(underA.primaryKeyId());

        assertThat(run(keyset, 0, "rotate")).contains("restart intake, routing and case tracking, then reseal");
        assertThat(run(keyset, 2, "retire", keyA)).contains("1 value(s) are still sealed under it");
        assertThat(run(keyset, 0, "reseal")).contains("intake.sealedIdentities.sealed: 1 examined, 1 re-sealed");
        assertThat(run(keyset, 0, "retire", keyA)).contains("Key " + keyA + " disabled");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("r--r--r--");
        Sealer restarted = new Sealer(IdentityKeyset.load(keyset, false));
        byte[] sealed = vault.find().first().get("sealed", Binary.class).getData();
        assertThat(new String(restarted.open(sealed, SealedFields.IDENTITY.of("C-1")), StandardCharsets.UTF_8))
                .isEqualTo(PARTICULARS);
        assertThat(IdentityKeyset.keys(IdentityKeyset.load(keyset, false)))
                .extracting(IdentityKeyset.KeyEntry::status).containsExactly("DISABLED", "ENABLED");
    }

    private String run(Path keyset, int exitStatus, String... arguments) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Repository.path("ops/identity-keys.sh").toString())
                .redirectErrorStream(true);
        script.command().addAll(List.of(arguments));
        script.environment().put("KEYSET", keyset.toString());
        script.environment().put("IDENTITY_KEYS_MONGODB_URI", uri);
        script.environment().put("PLATFORM_TOOLS_CLASSPATH", System.getProperty("java.class.path"));
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(exitStatus);
        assertThat(output).doesNotContain("0812345678");
        return output;
    }
}
