package th.bma.anticorruption.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.intake.complaint.OutboxCollection;
import th.bma.anticorruption.intake.tracking.TrackingCodes;
import th.bma.anticorruption.support.sealing.IdentityKeyRetirement;
import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.SealedRecords;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.tracking.TrackingCodeHasher;
import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * Intake's sealed values through a key rotation, written and read by intake's own vault and tracking codes: the
 * platform's list of sealed fields finds them where intake puts them, re-sealing binds them to the same contexts, and
 * after the old key is retired the vault and the tracking codes of a restarted intake still open them.
 */
class SealedIdentityResealTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneId.of("Asia/Bangkok"));
    private static final TrackingCodeHasher HASHER = new TrackingCodeHasher(Base64.getEncoder().encodeToString(new byte[32]));
    private static final SealedParticulars SOMCHAI = new SealedParticulars("สมชาย ใจดี", "0812345678",
            "3101700123456", null, "somchai.j", false, "ผอ.เขตเรียกเงินใต้โต๊ะ 50,000 บาท โทรหาผม 081-234-5678 ได้");
    private static final SealedParticulars MALI = new SealedParticulars("มาลี ศรีสุข", "0898765432", null,
            "malee@example.com", null, false, "เจ้าหน้าที่ฝ่ายโยธาขอค่าดำเนินการเพิ่ม");

    @TempDir
    Path keys;

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();
    private final MongoTemplate mongo = new MongoTemplate(client, "intake");

    @Test
    void identitiesAndTrackingCodesSealedUnderTheOldKeyOpenInARestartedIntakeAfterResealingAndRetiring() {
        Path keyset = keys.resolve("identity-keyset.json");
        Sealer underA = new Sealer(IdentityKeyset.load(keyset, true));
        int keyA = underA.primaryKeyId();
        IdentityVault vaultA = vault(underA);
        vaultA.seal("TRAFFY-1", SOMCHAI);
        vaultA.storeAll(List.of(vaultA.sealedOf("TRAFFY-2", MALI)));
        TrackingCodes codesA = new TrackingCodes(HASHER, underA);
        mongo.getCollection(OutboxCollection.COMPLAINTS.collection()).insertOne(new Document("_id", "TRAFFY-1")
                .append(SealedFields.TRACKING_CODES.field(), new Binary(codesA.seal("4815162342108000", "TRAFFY-1"))));

        int keyB = IdentityKeyset.rotate(keyset);
        SealedRecords records = SealedRecords.everyField(client::getDatabase, IdentityKeyset.load(keyset, false));
        Map<String, Long> resealed = records.reseal().stream().collect(Collectors.toMap(
                done -> done.field().name(), SealedRecords.Resealed::resealed));
        IdentityKeyRetirement.retire(keyset, keyA, records);

        assertThat(resealed).containsEntry("intake.sealedIdentities.sealed", 2L)
                .containsEntry("intake.complaints.trackingCode", 1L);
        Sealer restarted = new Sealer(IdentityKeyset.load(keyset, false));
        IdentityVault vault = vault(restarted);
        assertThat(vault.open("TRAFFY-1")).contains(SOMCHAI);
        assertThat(vault.open("TRAFFY-2")).contains(MALI);
        byte[] code = mongo.getCollection(OutboxCollection.COMPLAINTS.collection()).find(Filters.eq("_id", "TRAFFY-1"))
                .first().get(SealedFields.TRACKING_CODES.field(), Binary.class).getData();
        assertThat(Sealer.keyIdOf(code)).hasValue(keyB);
        assertThat(new TrackingCodes(HASHER, restarted).open(code, "TRAFFY-1")).isEqualTo("4815162342108000");
        assertThat(SealedFields.IDENTITIES.collection()).isEqualTo(IdentityVault.COLLECTION);
    }

    private IdentityVault vault(Sealer sealer) {
        return new IdentityVault(mongo, sealer, JsonMapper.builder().build(), CLOCK);
    }
}
