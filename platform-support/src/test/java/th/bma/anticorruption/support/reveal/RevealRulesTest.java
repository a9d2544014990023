package th.bma.anticorruption.support.reveal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import com.mongodb.client.MongoDatabase;

import th.bma.anticorruption.support.privacy.Placeholders;
import th.bma.anticorruption.support.sealing.IdentityKeyset;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.web.RequestRejectedException;
import th.bma.anticorruption.testkit.InMemoryMongo;

/** The reveal's rules: a named person, a reason of substance, a daily allowance; and the sealed texts it opens. */
class RevealRulesTest {

    private static final Instant MORNING = Instant.parse("2026-03-14T01:00:00Z");
    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoDatabase database = MONGO.database("reveal");

    @TempDir
    static Path keys;

    @Test
    void onlyASignedInPersonMayReveal() {
        assertThat(NamedPerson.require(token("confidentiality", NamedPerson.USER))).isEqualTo("confidentiality");
        for (String kind : new String[] {NamedPerson.CLIENT, null}) {
            assertThatThrownBy(() -> NamedPerson.require(token("confidentiality-officer", kind)))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                        assertThat(e.violations().get(0).rule()).isEqualTo("named-person");
                    });
        }
    }

    @Test
    void aReasonMustSaySomethingAndIsKeptMasked() {
        for (String empty : List.of("", "ดูข้อมูล", "ขอดูขอดูขอดูขอดูขอดูขอดู", "กกกกกกกกกกกกกกกกกกกกกกกกก",
                "abcabcabcabcabcabcabc", "0812345678 0812345678")) {
            assertThatThrownBy(() -> RevealReason.check(empty)).as(empty)
                    .isInstanceOfSatisfying(RequestRejectedException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
        }
        assertThat(RevealReason.check("คณะอนุกรรมการขอสัมภาษณ์ผู้ร้อง โทร 081-999-8888"))
                .isEqualTo("คณะอนุกรรมการขอสัมภาษณ์ผู้ร้อง โทร " + Placeholders.PHONE);
    }

    @Test
    void eachOfficerHasADailyAllowanceThatRenewsTheNextBangkokDay() {
        RevealAllowance allowance = new RevealAllowance(database.getCollection("allowance"), 3,
                Clock.fixed(MORNING, ZoneId.of("Asia/Bangkok")));
        for (int i = 0; i < 3; i++) {
            allowance.take("confidentiality");
        }
        assertThatThrownBy(() -> allowance.take("confidentiality"))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        allowance.take("another-officer");
        new RevealAllowance(database.getCollection("allowance"), 3,
                Clock.fixed(MORNING.plusSeconds(86_400), ZoneId.of("Asia/Bangkok"))).take("confidentiality");
        assertThat(database.getCollection("allowance").countDocuments()).isEqualTo(3);
    }

    @Test
    void anOfficersTextIsMaskedAndItsOriginalSealedOnlyWhenMaskingChangedIt() {
        Sealer sealer = new Sealer(IdentityKeyset.load(keys.resolve("identity-keyset.json"), true));
        SealedTexts texts = new SealedTexts(database.getCollection("sealedTexts"), sealer,
                Clock.fixed(MORNING, ZoneId.of("Asia/Bangkok")));
        String original = "ผู้ร้องชื่อนางสาวพรทิพย์ ศรีสุข ขอให้ส่งเขตอื่น โทร 081.234.5678";

        String masked = texts.mask("CASE-1", "reroute.reason", "director", original);
        assertThat(masked).doesNotContain("พรทิพย์", "ศรีสุข", "5678").contains("ขอให้ส่งเขตอื่น");
        assertThat(texts.mask("CASE-1", "progress.note", "director", "นัดตรวจพื้นที่พรุ่งนี้"))
                .isEqualTo("นัดตรวจพื้นที่พรุ่งนี้");
        texts.maskOnce("event-1", "CASE-1", "traffy-status.note", "traffy-fondue", "โทร 0899999999");
        texts.maskOnce("event-1", "CASE-1", "traffy-status.note", "traffy-fondue", "โทร 0899999999");

        for (Document stored : database.getCollection("sealedTexts").find()) {
            String json = stored.toJson();
            assertThat(json).doesNotContain("พรทิพย์", "0899999999", "5678");
        }
        assertThat(texts.open("CASE-1")).extracting(SealedTexts.OpenedText::field, SealedTexts.OpenedText::original)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reroute.reason", original),
                        org.assertj.core.groups.Tuple.tuple("traffy-status.note", "โทร 0899999999"));
        assertThat(texts.any("CASE-2")).isFalse();
    }

    private static JwtAuthenticationToken token(String subject, String kind) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject)
                .claim("roles", List.of("CONFIDENTIALITY_OFFICER"));
        if (kind != null) {
            jwt.claim(NamedPerson.SUBJECT_KIND_CLAIM, kind);
        }
        return new JwtAuthenticationToken(jwt.build(), List.of());
    }
}
