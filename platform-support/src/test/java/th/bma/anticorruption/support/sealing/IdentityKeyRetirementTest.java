package th.bma.anticorruption.support.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * The whole rotation on stored values, with real Tink keysets and an in-process MongoDB: values sealed under key A
 * in every sealed field still open after B becomes primary, are re-sealed under B with the same context, A is retired
 * (disabled) only once nothing is under it and everything still opens, and re-sealing twice changes nothing. The
 * operator's command runs the same sequence, refuses what would lose values, and prints key ids and counts only.
 */
@ExtendWith(OutputCaptureExtension.class)
class IdentityKeyRetirementTest {

    private static final String PHONE = "0812345678";
    private static final String IDENTITY = "{\"name\":\"สมชาย ใจดี\",\"phone\":\"0812345678\",\"nationalId\":\"3101700123456\"}";

    @TempDir
    Path keys;

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final String uri = mongoServer.uri();
    private final MongoClient mongo = mongoServer.client();
    private final List<StoredValue> stored = new ArrayList<>();
    private Path keyset;

    @BeforeEach
    void placeKeyset() {
        keyset = keys.resolve("identity-keyset.json");
    }

    @Test
    void aValueSealedUnderAIsResealedUnderBAndStillOpensOnceAIsRetiredAndDestroyed() {
        Sealer underA = new Sealer(IdentityKeyset.load(keyset, true));
        int keyA = underA.primaryKeyId();
        storeOneInEveryField(underA);
        byte[] identityUnderA = ciphertext(stored.get(0));

        int keyB = IdentityKeyset.rotate(keyset);
        Sealer service = new Sealer(IdentityKeyset.load(keyset, false));
        assertEveryValueOpensWith(service);
        assertThatThrownBy(() -> IdentityKeyRetirement.retire(keyset, keyA, records(service)))
                .isInstanceOf(IdentityKeyRetirement.KeyStillInUseException.class)
                .hasMessageContaining("6 value(s) are still sealed under it")
                .hasMessageContaining("intake.sealedIdentities.sealed 1")
                .hasMessageContaining("cases.case_message_attachments.sealed 1");
        assertThat(statusOf(keyA)).as("a refused retirement leaves the key as it was").isEqualTo("ENABLED");

        List<SealedRecords.Resealed> first = records(service).reseal();

        assertThat(first).allSatisfy(done -> {
            assertThat(done.examined()).isEqualTo(1);
            assertThat(done.resealed()).isEqualTo(1);
            assertThat(done.unreadable()).isZero();
        });
        SealedRecords.Census census = records(service).census();
        assertThat(census.under(keyA)).isZero();
        assertThat(census.under(keyB)).isEqualTo(SealedFields.ALL.size());
        assertThat(stored).allSatisfy(value -> assertThat(Sealer.keyIdOf(ciphertext(value))).hasValue(keyB));
        assertEveryValueOpensWith(service);
        assertThat(mongo.getDatabase("intake").getCollection("complaints").find().first().getString("state"))
                .as("only the sealed field is rewritten").isEqualTo("CREATED");

        IdentityKeyRetirement.retire(keyset, keyA, records(service));

        assertThat(statusOf(keyA)).isEqualTo("DISABLED");
        Sealer restarted = new Sealer(IdentityKeyset.load(keyset, false));
        assertEveryValueOpensWith(restarted);
        assertThatThrownBy(() -> restarted.open(identityUnderA, SealedFields.IDENTITY.of("C-1")))
                .as("the retired key no longer opens anything for the services").isInstanceOf(IllegalStateException.class);

        IdentityKeyRetirement.destroy(keyset, keyA, records(restarted));

        assertThat(IdentityKeyset.keys(IdentityKeyset.load(keyset, false)))
                .extracting(IdentityKeyset.KeyEntry::id).containsExactly(keyB);
        assertEveryValueOpensWith(new Sealer(IdentityKeyset.load(keyset, false)));
    }

    @Test
    void resealingTwiceChangesNothingTheSecondTime() {
        storeOneInEveryField(new Sealer(IdentityKeyset.load(keyset, true)));
        IdentityKeyset.rotate(keyset);
        Sealer service = new Sealer(IdentityKeyset.load(keyset, false));
        records(service).reseal();
        List<byte[]> afterFirst = stored.stream().map(IdentityKeyRetirementTest::ciphertext).toList();

        List<SealedRecords.Resealed> second = records(service).reseal();

        assertThat(second).allSatisfy(done -> {
            assertThat(done.resealed()).isZero();
            assertThat(done.alreadyUnderPrimary()).isEqualTo(done.examined()).isEqualTo(1);
        });
        assertThat(stored.stream().map(IdentityKeyRetirementTest::ciphertext).toList())
                .as("the same ciphertexts, byte for byte").containsExactlyElementsOf(afterFirst);
    }

    @Test
    void aValueAnInstanceStillSealedUnderTheOldKeyBlocksRetirementUntilResealed() {
        Sealer stale = new Sealer(IdentityKeyset.load(keyset, true));
        int keyA = stale.primaryKeyId();
        storeOneInEveryField(stale);
        IdentityKeyset.rotate(keyset);
        Sealer service = new Sealer(IdentityKeyset.load(keyset, false));
        records(service).reseal();
        StoredValue late = store(new SealedField("routing", SealedTexts.COLLECTION, "sealed", SealedFields.TEXT), stale,
                "เหตุผลของเจ้าหน้าที่ที่อ้างถึงนายสมชาย", new Document("_id", "T-late").append("subjectId", "C-9"));

        assertThatThrownBy(() -> IdentityKeyRetirement.retire(keyset, keyA, records(service)))
                .hasMessageContaining("1 value(s) are still sealed under it (routing.sealedTexts.sealed 1)");
        assertThat(statusOf(keyA)).isEqualTo("ENABLED");

        List<SealedRecords.Resealed> again = records(service).reseal();

        assertThat(again.stream().mapToLong(SealedRecords.Resealed::resealed).sum()).isEqualTo(1);
        assertThat(Sealer.keyIdOf(ciphertext(late))).hasValue(service.primaryKeyId());
        IdentityKeyRetirement.retire(keyset, keyA, records(service));
        assertThat(statusOf(keyA)).isEqualTo("DISABLED");
    }

    @Test
    void resealingOpensWithARetiredKeySoAValueWrittenUnderItLateIsNotLost() {
        Sealer stale = new Sealer(IdentityKeyset.load(keyset, true));
        int keyA = stale.primaryKeyId();
        IdentityKeyset.rotate(keyset);
        IdentityKeyRetirement.retire(keyset, keyA, records(new Sealer(IdentityKeyset.load(keyset, false))));
        StoredValue late = store(SealedFields.ALL.get(0), stale, IDENTITY, new Document("_id", "C-late"));
        Sealer service = new Sealer(IdentityKeyset.load(keyset, false));
        assertThatThrownBy(() -> IdentityKeyRetirement.destroy(keyset, keyA, records(service)))
                .isInstanceOf(IdentityKeyRetirement.KeyStillInUseException.class);

        SealedRecords.everyField(mongo::getDatabase, IdentityKeyset.load(keyset, false)).reseal();

        assertThat(new String(service.open(ciphertext(late), late.context()), StandardCharsets.UTF_8)).isEqualTo(IDENTITY);
        IdentityKeyRetirement.destroy(keyset, keyA, records(service));
        assertThat(IdentityKeyset.load(keyset, false).size()).isEqualTo(1);
    }

    @Test
    void aValueThatOpensUnderNoKeyIsCountedAndLeftAsItIs() {
        Sealer sealer = new Sealer(IdentityKeyset.load(keyset, true));
        storeOneInEveryField(sealer);
        // a sealed identity copied onto another complaint: its context no longer matches, so it opens nowhere
        byte[] copied = ciphertext(stored.get(0));
        MongoCollection<Document> identities = mongo.getDatabase("intake").getCollection("sealedIdentities");
        identities.insertOne(new Document("_id", "C-copy").append("sealed", new Binary(copied)));
        IdentityKeyset.rotate(keyset);

        List<SealedRecords.Resealed> done = records(new Sealer(IdentityKeyset.load(keyset, false))).reseal();

        assertThat(done.get(0).field().collection()).isEqualTo("sealedIdentities");
        assertThat(done.get(0).examined()).isEqualTo(2);
        assertThat(done.get(0).resealed()).isEqualTo(1);
        assertThat(done.get(0).unreadable()).isEqualTo(1);
        assertThat(identities.find(Filters.eq("_id", "C-copy")).first().get("sealed", Binary.class).getData())
                .as("left byte for byte, still under the old key").isEqualTo(copied);
        assertThat(records(new Sealer(IdentityKeyset.load(keyset, false))).census().under(sealer.primaryKeyId()))
                .isEqualTo(1);
    }

    @Test
    void theContextsAreTheOnesTheStoredValuesWereSealedWith() {
        assertThat(SealedFields.IDENTITY.of("C-1")).isEqualTo("identity:C-1");
        assertThat(SealedFields.TRACKING_CODE.of("C-1")).isEqualTo("tracking-code:C-1");
        assertThat(SealedFields.TEXT.of("CASE-1", "T-1")).isEqualTo("text:CASE-1:T-1");
        assertThat(SealedFields.ATTACHMENT.of("CASE-1", "A-1")).isEqualTo("attachment:CASE-1:A-1");
        assertThat(SealedFields.ATTACHMENT.of(new Document("_id", "A-1").append("caseId", "CASE-1")))
                .isEqualTo("attachment:CASE-1:A-1");
    }

    @Test
    void rotateResealRetireAndDestroyInTurnPrintingCountsAndKeyIdsOnly(CapturedOutput output) throws Exception {
        Sealer first = new Sealer(IdentityKeyset.load(keyset, true));
        String keyA = Integer.toUnsignedString(first.primaryKeyId());
        mongo.getDatabase("intake").getCollection("sealedIdentities").insertOne(new Document("_id", "C-1")
                .append("sealed", new Binary(first.seal(("{\"phone\":\"" + PHONE + "\"}").getBytes(StandardCharsets.UTF_8),
                        SealedFields.IDENTITY.of("C-1")))));

        assertThat(run("rotate", keyset.toString())).isZero();
        List<String> keyMaterial = Pattern.compile("\"value\":\\s*\"([^\"]+)\"")
                .matcher(Files.readString(keyset)).results().map(m -> m.group(1)).toList();
        assertThat(run("retire", keyset.toString(), keyA)).as("refused: a value is still under the key")
                .isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("cannot be retired: 1 value(s) are still sealed under it");
        assertThat(run("reseal", keyset.toString())).isZero();
        assertThat(output).contains("intake.sealedIdentities.sealed: 1 examined, 1 re-sealed");
        assertThat(run("status", keyset.toString())).isZero();
        assertThat(output).contains("key " + keyA + " ENABLED").contains("intake.sealedIdentities.sealed: key ");
        assertThat(run("retire", keyset.toString(), keyA)).isZero();
        assertThat(run("destroy", keyset.toString(), keyA)).isZero();

        assertThat(IdentityKeyset.load(keyset, false).size()).isEqualTo(1);
        assertThat(keyMaterial).hasSize(2);
        assertThat(output.getAll()).doesNotContain(PHONE);
        assertThat(keyMaterial).allSatisfy(material -> assertThat(output.getAll()).doesNotContain(material));
    }

    @Test
    void refusesThePrimaryKeyAnUnknownKeyAndAMalformedCommand(CapturedOutput output) {
        int primary = new Sealer(IdentityKeyset.load(keyset, true)).primaryKeyId();

        assertThat(run("retire", keyset.toString(), Integer.toUnsignedString(primary)))
                .isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("is the primary key; rotate first");
        assertThat(run("retire", keyset.toString(), "12345")).isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("the identity keyset has no key 12345");
        assertThat(run("destroy", keyset.toString(), Integer.toUnsignedString(primary)))
                .isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("is not disabled; retire it first");
        assertThat(run("reseal")).isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("usage: IdentityKeyRotation");
        assertThat(run("reseal", keys.resolve("absent.json").toString())).isEqualTo(IdentityKeyRotation.REFUSED);
        assertThat(output).contains("identity keyset missing");
        assertThat(IdentityKeyset.keys(IdentityKeyset.load(keyset, false)))
                .extracting(IdentityKeyset.KeyEntry::status).containsExactly("ENABLED");
    }

    private int run(String... args) {
        return IdentityKeyRotation.run(List.of(args), Map.of("IDENTITY_KEYS_MONGODB_URI", uri));
    }

    @Test
    void eachDatabaseIsReachedWithTheConnectionNamedForItAndAKeyIsAddedBeforeItIsPromoted() {
        try (InMemoryMongo routingServer = new InMemoryMongo()) {
            MongoClient routing = routingServer.client();
            String routingUri = routingServer.uri();
            Sealer underA = new Sealer(IdentityKeyset.load(keyset, true));
            int keyA = underA.primaryKeyId();
            String context = SealedFields.TEXT.of("C-5", "T-5");
            routing.getDatabase("routing").getCollection(SealedTexts.COLLECTION).insertOne(new Document("_id", "T-5")
                    .append("subjectId", "C-5").append("sealed", new Binary(underA.seal(PHONE.getBytes(StandardCharsets.UTF_8), context))));
            Map<String, String> environment = Map.of("IDENTITY_KEYS_MONGODB_URI", uri,
                    "IDENTITY_KEYS_MONGODB_URI_ROUTING", routingUri);

            assertThat(IdentityKeyRotation.run(List.of("add", keyset.toString()), environment)).isZero();
            IdentityKeyset.KeyEntry added = IdentityKeyset.keys(IdentityKeyset.load(keyset, false)).get(1);
            assertThat(added.primary()).isFalse();
            assertThat(new Sealer(IdentityKeyset.load(keyset, false)).primaryKeyId()).as("still sealing under A")
                    .isEqualTo(keyA);
            assertThat(IdentityKeyRotation.run(List.of("promote", keyset.toString(), added.name()), environment)).isZero();
            assertThat(IdentityKeyRotation.run(List.of("retire", keyset.toString(), Integer.toUnsignedString(keyA)),
                    environment)).as("the value in routing's own database holds it").isEqualTo(IdentityKeyRotation.REFUSED);
            assertThat(IdentityKeyRotation.run(List.of("reseal", keyset.toString()), environment)).isZero();

            byte[] resealed = routing.getDatabase("routing").getCollection(SealedTexts.COLLECTION).find().first()
                    .get("sealed", Binary.class).getData();
            assertThat(Sealer.keyIdOf(resealed)).hasValue(added.id());
            assertThat(mongo.getDatabase("routing").getCollection(SealedTexts.COLLECTION).countDocuments()).isZero();
            assertThat(IdentityKeyRotation.run(List.of("retire", keyset.toString(), Integer.toUnsignedString(keyA)),
                    environment)).isZero();
            assertThat(new Sealer(IdentityKeyset.load(keyset, false)).open(resealed, context))
                    .isEqualTo(PHONE.getBytes(StandardCharsets.UTF_8));
        }
    }

    private SealedRecords records(Sealer sealer) {
        return new SealedRecords(mongo::getDatabase, SealedFields.ALL, sealer);
    }

    private void storeOneInEveryField(Sealer sealer) {
        for (SealedField field : SealedFields.ALL) {
            Document placed = new Document("_id", field.context() == SealedFields.ATTACHMENT ? "A-1"
                    : field.context() == SealedFields.TEXT ? "T-1" : "C-1");
            if (field.context().fields().contains("subjectId")) {
                placed.append("subjectId", "C-1");
            }
            if (field.context().fields().contains("caseId")) {
                placed.append("caseId", "CASE-1");
            }
            if (field.collection().equals("complaints")) {
                placed.append("state", "CREATED");
            }
            store(field, sealer, IDENTITY + " " + field.name(), placed);
        }
    }

    private StoredValue store(SealedField field, Sealer sealer, String plaintext, Document placed) {
        String context = field.context().of(placed);
        placed.append(field.field(), new Binary(sealer.seal(plaintext.getBytes(StandardCharsets.UTF_8), context)));
        collection(field).insertOne(placed);
        StoredValue value = new StoredValue(field, placed.get("_id"), context, plaintext, this);
        stored.add(value);
        return value;
    }

    private void assertEveryValueOpensWith(Sealer sealer) {
        assertThat(stored).allSatisfy(value -> assertThat(
                new String(sealer.open(ciphertext(value), value.context()), StandardCharsets.UTF_8))
                .isEqualTo(value.plaintext()));
    }

    private String statusOf(int keyId) {
        return IdentityKeyset.keys(IdentityKeyset.load(keyset, false)).stream().filter(k -> k.id() == keyId)
                .findFirst().orElseThrow().status();
    }

    private MongoCollection<Document> collection(SealedField field) {
        return mongo.getDatabase(field.database()).getCollection(field.collection());
    }

    private static byte[] ciphertext(StoredValue value) {
        return value.test().collection(value.field()).find(Filters.eq("_id", value.id())).first()
                .get(value.field().field(), Binary.class).getData();
    }

    private record StoredValue(SealedField field, Object id, String context, String plaintext,
            IdentityKeyRetirementTest test) {
    }
}
