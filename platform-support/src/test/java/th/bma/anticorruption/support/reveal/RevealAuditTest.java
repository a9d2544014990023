package th.bma.anticorruption.support.reveal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import th.bma.anticorruption.support.audit.ChainVerification;

/** The reveals of officers' texts are a hash chain like every other audit trail: a rewritten reason is found. */
class RevealAuditTest {

    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRevealWhoseStoredReasonIsRewrittenBreaksTheChainAtItsPlace() {
        MongoCollection<Document> entries = client.getDatabase("routing")
                .getCollection(RevealAudit.COLLECTION);
        RevealAudit audit = new RevealAudit(entries);
        Instant at = Instant.parse("2026-12-04T03:00:00Z");
        audit.append("C-1", "C-1", "confidentiality", "คณะอนุกรรมการขอทราบผู้ให้ข้อมูลเพื่อเรียกให้ถ้อยคำ", at);
        RevealAudit.Entry second = audit.append("C-2", "CASE-2", "confidentiality",
                "ตรวจสอบข้อร้องเรียนซ้ำซ้อนจากผู้ร้องรายเดียวกัน", at.plusSeconds(60));
        audit.append("C-3", "C-3", "confidentiality", "ศาลปกครองมีคำสั่งเรียกเอกสารต้นฉบับของคดี", at.plusSeconds(120));

        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().entries()).isEqualTo(3);

        entries.updateOne(Filters.eq("_id", second.entryId()), Updates.set("reason", "อยากรู้เฉยๆ"));

        ChainVerification broken = audit.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.breaks()).extracting(ChainVerification.Break::sequence).containsExactly(2L);
        assertThat(broken.breaks()).extracting(ChainVerification.Break::entryId).containsExactly(second.entryId());
    }
}
