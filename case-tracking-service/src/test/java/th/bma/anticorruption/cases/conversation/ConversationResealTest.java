package th.bma.anticorruption.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import th.bma.anticorruption.support.sealing.IdentityKeyRetirement;
import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.SealedRecords;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * The conversation's sealed values through a key rotation: an attachment stored by the conversation store and the
 * sealed original of a masked reply are found in case tracking's database, re-sealed under the new key with their
 * contexts unchanged, and open in a restarted service once the old key is retired.
 */
class ConversationResealTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneId.of("Asia/Bangkok"));
    private static final String REPLY = "ผมชื่อสมชาย ใจดี เบอร์ 0812345678 ยินดีให้ถ้อยคำเพิ่มเติมครับ";

    @TempDir
    Path keys;

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();
    private final MongoTemplate mongo = new MongoTemplate(client, "cases");

    @Test
    void anAttachmentAndAMaskedReplysOriginalOpenAfterResealingAndRetiringTheOldKey() {
        Path keyset = keys.resolve("identity-keyset.json");
        Sealer underA = new Sealer(IdentityKeyset.load(keyset, true));
        int keyA = underA.primaryKeyId();
        ConversationStore store = new ConversationStore(mongo);
        store.afterPropertiesSet();
        byte[] photo = Attachments.photo("jpg");
        AttachmentRef ref = new AttachmentRef("ATT-1", AttachmentKind.JPEG, photo.length);
        store.storeAttachment("CASE-7", ref, underA.seal(photo, SealedFields.ATTACHMENT.of("CASE-7", ref.id())));
        new SealedTexts(mongo.getCollection(SealedTexts.COLLECTION), underA, CLOCK)
                .mask("CASE-7", Conversations.TEXT_FIELD, Conversations.COMPLAINANT, REPLY);

        int keyB = IdentityKeyset.rotate(keyset);
        SealedRecords records = SealedRecords.everyField(client::getDatabase, IdentityKeyset.load(keyset, false));
        List<SealedRecords.Resealed> done = records.reseal();
        IdentityKeyRetirement.retire(keyset, keyA, records);

        assertThat(done).filteredOn(d -> d.field().database().equals("cases"))
                .extracting(SealedRecords.Resealed::resealed).containsExactly(1L, 1L);
        Sealer restarted = new Sealer(IdentityKeyset.load(keyset, false));
        byte[] sealed = store.attachment("CASE-7", "ATT-1").orElseThrow().sealed();
        assertThat(Sealer.keyIdOf(sealed)).hasValue(keyB);
        assertThat(restarted.open(sealed, SealedFields.ATTACHMENT.of("CASE-7", "ATT-1"))).isEqualTo(photo);
        assertThat(new SealedTexts(mongo.getCollection(SealedTexts.COLLECTION), restarted, CLOCK).open("CASE-7"))
                .extracting(SealedTexts.OpenedText::original).containsExactly(REPLY);
        assertThat(SealedFields.CASE_ATTACHMENTS.collection()).isEqualTo(ConversationStore.ATTACHMENTS);
    }
}
