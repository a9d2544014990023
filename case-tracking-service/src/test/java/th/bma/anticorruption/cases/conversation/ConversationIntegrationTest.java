package th.bma.anticorruption.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.sealing.SealedTexts;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/**
 * The conversation over HTTP on the real service: who may speak on a case, what the complainant's side sees and
 * sends by tracking code, masking with the original sealed, attachments judged by content and opened only by officers
 * allowed on the case, the unread list, the timeline, and the purge of closed cases' conversations.
 */
class ConversationIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REPLY_WITH_IDENTITY =
            "ผมชื่อนายสมชาย ใจดี เบอร์ 081-234-5678 ถ่ายรูปตอนเจ้าหน้าที่รับซองขาวไว้ครับ";

    @Autowired
    SealedTexts sealedTexts;

    @Autowired
    ConversationRetention retention;

    @Autowired
    ConversationProperties properties;

    record OpenedCase(String caseId, String trackingCode) {
    }

    private OpenedCase openCase(Destination destination, Disposition disposition) throws Exception {
        clock.set(START);
        String complaintId = newComplaintId();
        String code = String.format("%08d%08d", RANDOM.nextInt(100_000_000), RANDOM.nextInt(100_000_000));
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, destination, disposition, code));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        return new OpenedCase(caseId, code);
    }

    private ResultActions write(String caseId, String subject, String role, String unit, String text)
            throws Exception {
        return mvc.perform(as(post("/api/cases/{id}/messages", caseId), subject, role, unit)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(java.util.Map.of("text",
                        text))));
    }

    private ResultActions readPublicly(String code) throws Exception {
        return mvc.perform(post("/api/public/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"" + code + "\"}"));
    }

    private static MockMultipartFile file(String name, String declaredType, byte[] content) {
        return new MockMultipartFile("attachments", name, declaredType, content);
    }

    private ResultActions reply(String code, String text, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/public/messages").param("trackingCode", code);
        if (text != null) {
            request.param("text", text);
        }
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request);
    }

    private JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void anInvestigatorAsksTheComplainantAnswersWithAPhotoAndOnlyOfficersOnTheCaseOpenIt() throws Exception {
        OpenedCase opened = openCase(INTERNAL, Disposition.FORWARDED_TO_UNIT);
        String caseId = opened.caseId();
        clock.set(START.plus(Duration.ofHours(1)));

        write(caseId, "investigator-somsri", PlatformRoles.INVESTIGATOR, null,
                "ขอทราบวันและเวลาที่เกิดเหตุ และมีภาพถ่ายหรือไม่")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("OFFICER"))
                .andExpect(jsonPath("$.role").value("INVESTIGATOR"))
                .andExpect(jsonPath("$.by").value("investigator-somsri"))
                .andExpect(jsonPath("$.at").value("2026-08-20T11:00:00+07:00"));

        readPublicly(opened.trackingCode()).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusTh").value("อยู่ระหว่างดำเนินการ"))
                .andExpect(jsonPath("$.receivedAt").value("2026-08-20T10:21:07+07:00"))
                .andExpect(jsonPath("$.messages[0].from").value("OFFICER"))
                .andExpect(jsonPath("$.messages[0].role").value("INVESTIGATOR"))
                .andExpect(jsonPath("$.messages[0].text").value("ขอทราบวันและเวลาที่เกิดเหตุ และมีภาพถ่ายหรือไม่"))
                .andExpect(content().string(not(containsString("somsri"))));

        clock.set(START.plus(Duration.ofHours(3)));
        byte[] photo = Attachments.photo("png");
        byte[] photoWithAuthor = Attachments.withText(photo, "นายสมชาย ใจดี");
        String spaced = opened.trackingCode().substring(0, 4) + "-" + opened.trackingCode().substring(4, 8) + " "
                + opened.trackingCode().substring(8);
        // declared as a PDF under a document's name: the content decides; the author written into it is taken out
        JsonNode replied = json(reply(spaced, REPLY_WITH_IDENTITY, file("scan.pdf", "application/pdf",
                photoWithAuthor))
                .andExpect(status().isCreated()));
        JsonNode answer = replied.path("messages").get(1);
        assertThat(answer.path("from").asString()).isEqualTo("COMPLAINANT");
        assertThat(answer.path("at").asString()).isEqualTo("2026-08-20T13:00:00+07:00");
        assertThat(answer.path("text").asString()).doesNotContain("081-234-5678").doesNotContain("สมชาย")
                .contains("ซองขาว");
        assertThat(answer.path("attachments").get(0).path("contentType").asString()).isEqualTo("image/png");
        assertThat(answer.path("attachments").get(0).path("size").asLong()).isEqualTo(photo.length);
        assertThat(answer.path("attachments").get(0).has("id")).isFalse();
        assertThat(answer.path("attachments").get(0).has("href")).isFalse();
        assertThat(replied.toString()).doesNotContain(caseId);

        assertThat(sealedTexts.open(caseId)).anySatisfy(original -> {
            assertThat(original.field()).isEqualTo(Conversations.TEXT_FIELD);
            assertThat(original.writtenBy()).isEqualTo(Conversations.COMPLAINANT);
            assertThat(original.original()).isEqualTo(REPLY_WITH_IDENTITY);
        });

        JsonNode unread = json(mvc.perform(as(get("/api/cases/messages/unread"), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk()));
        assertThat(unread.valueStream().filter(u -> caseId.equals(u.path("caseId").asString())))
                .singleElement().satisfies(u -> {
                    assertThat(u.path("unreadReplies").asLong()).isEqualTo(1);
                    assertThat(u.path("lastReplyAt").asString()).isEqualTo("2026-08-20T13:00:00+07:00");
                });
        JsonNode unreadForAUnit = json(mvc.perform(as(get("/api/cases/messages/unread"), "pathumwan",
                PlatformRoles.UNIT_OFFICER, "DISTRICT-1007")).andExpect(status().isOk()));
        assertThat(unreadForAUnit.valueStream().map(u -> u.path("caseId").asString())).doesNotContain(caseId);

        clock.set(START.plus(Duration.ofHours(4)));
        JsonNode conversation = json(mvc.perform(as(get("/api/cases/{id}/messages", caseId), "investigator-somsri",
                PlatformRoles.INVESTIGATOR, null)).andExpect(status().isOk()));
        JsonNode reply = conversation.get(1);
        assertThat(reply.path("from").asString()).isEqualTo("COMPLAINANT");
        assertThat(reply.has("by")).isFalse();
        assertThat(reply.path("readAt").asString()).isEqualTo("2026-08-20T14:00:00+07:00");
        assertThat(reply.path("readBy").asString()).isEqualTo("investigator-somsri");
        String href = reply.path("attachments").get(0).path("href").asString();
        assertThat(href).startsWith("/api/cases/" + caseId + "/messages/attachments/");
        JsonNode unreadAfter = json(mvc.perform(as(get("/api/cases/messages/unread"), PlatformRoles.INVESTIGATOR)));
        assertThat(unreadAfter.valueStream().map(u -> u.path("caseId").asString())).doesNotContain(caseId);

        byte[] opened1 = mvc.perform(as(get(href), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(opened1).isEqualTo(photo);
        mvc.perform(get(href)).andExpect(status().isUnauthorized());
        mvc.perform(as(get(href), PlatformRoles.INTAKE_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(as(get(href), PlatformRoles.AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(as(get(href), "wg3", PlatformRoles.UNIT_OFFICER, "WG-3")).andExpect(status().isNotFound());

        JsonNode theCase = json(mvc.perform(as(get("/api/cases/{id}", caseId), PlatformRoles.DIRECTOR)));
        assertThat(theCase.path("timeline").valueStream().map(e -> e.path("event").asString() + "/"
                + e.path("by").asString("")))
                .contains("MESSAGE_TO_COMPLAINANT/investigator-somsri", "COMPLAINANT_REPLIED/");
        assertThat(theCase.toString()).doesNotContain("081-234-5678").doesNotContain("ซองขาว");
        JsonNode audit = json(mvc.perform(as(get("/api/cases/{id}/audit", caseId), PlatformRoles.AUDITOR)));
        assertThat(audit.valueStream().map(e -> e.path("action").asString()))
                .contains("MESSAGE_TO_COMPLAINANT", "COMPLAINANT_REPLIED", "REPLIES_READ", "ATTACHMENT_OPENED");
    }

    @Test
    void onlyTheOfficersAllowedToActOnTheCaseSpeakWithItsComplainant() throws Exception {
        String caseId = openCase(PATHUM_WAN, Disposition.FORWARDED_TO_UNIT).caseId();

        write(caseId, "pathumwan", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007", "ขอรายละเอียดเพิ่มเติม")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("UNIT_OFFICER"));
        write(caseId, "director", PlatformRoles.DIRECTOR, null, "ศตท.กทม. รับทราบเรื่องแล้ว")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("DIRECTOR"));
        write(caseId, "wg3", PlatformRoles.UNIT_OFFICER, "WG-3", "ข้อความ").andExpect(status().isNotFound());
        write(caseId, "unit-without-scope", PlatformRoles.UNIT_OFFICER, null, "ข้อความ")
                .andExpect(status().isNotFound());
        write(caseId, "investigator", PlatformRoles.INVESTIGATOR, null, "ข้อความ").andExpect(status().isForbidden());
        write(caseId, "intake", PlatformRoles.INTAKE_OFFICER, null, "ข้อความ").andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases/{id}/messages", caseId), "wg3", PlatformRoles.UNIT_OFFICER, "WG-3"))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases/{id}/messages", caseId), PlatformRoles.INVESTIGATOR))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/cases/{id}/messages", caseId), "pathumwan", PlatformRoles.UNIT_OFFICER,
                "DISTRICT-1007")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));

        write(caseId, "director", PlatformRoles.DIRECTOR, null, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("text"))
                .andExpect(jsonPath("$.violations[0].rule").value("NotBlank"));
        write(caseId, "director", PlatformRoles.DIRECTOR, null, "ก".repeat(properties.maxTextLength() + 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("text"))
                .andExpect(jsonPath("$.violations[0].rule").value("max-length"));
    }

    @Test
    void repliesAreJudgedByTheirContentAndEveryBrokenRuleIsNamed() throws Exception {
        OpenedCase opened = openCase(WG_3, Disposition.FORWARDED_TO_WORKING_GROUP);
        String code = opened.trackingCode();

        reply(code, "รูปถ่าย", file("photo.jpg", "image/jpeg", Attachments.html()),
                file("receipt.png", "image/png", Attachments.truncatedPng()),
                file("empty.jpg", "image/jpeg", new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[0].field").value("attachments[0]"))
                .andExpect(jsonPath("$.violations[0].rule").value("type"))
                .andExpect(jsonPath("$.violations[1].field").value("attachments[1]"))
                .andExpect(jsonPath("$.violations[1].rule").value("content"))
                .andExpect(jsonPath("$.violations[2].field").value("attachments[2]"))
                .andExpect(jsonPath("$.violations[2].rule").value("not-empty"));
        byte[] photo = Attachments.photo("jpg");
        reply(code, null, file("a.jpg", "image/jpeg", photo), file("b.jpg", "image/jpeg", photo),
                file("c.jpg", "image/jpeg", photo), file("d.jpg", "image/jpeg", photo))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("attachments"))
                .andExpect(jsonPath("$.violations[0].rule").value("max-count"));
        reply(code, "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("text"))
                .andExpect(jsonPath("$.violations[0].rule").value("required"));
        mvc.perform(multipart("/api/public/messages").param("text", "ข้อความ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("trackingCode"))
                .andExpect(jsonPath("$.violations[0].rule").value("required"));
        readPublicly(code).andExpect(jsonPath("$.messages.length()").value(0));

        // a document under a photo's name and type is stored as what it is
        reply(code, null, file("photo.jpg", "image/jpeg", Attachments.pdf())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages[0].text").value(""))
                .andExpect(jsonPath("$.messages[0].attachments[0].contentType").value("application/pdf"));
        mvc.perform(post("/api/public/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"" + code + "\",\"text\":\"ขอบคุณครับ\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages[1].text").value("ขอบคุณครับ"));
    }

    @Test
    void aWrongCodeAndAMalformedOneLookTheSame() throws Exception {
        String wrong = readPublicly("0000000000000001").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String malformed = readPublicly("12-ab").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(malformed).isEqualTo(wrong);
        String replyToWrong = reply("0000000000000001", "สวัสดี").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(replyToWrong).isEqualTo(wrong);
        mvc.perform(post("/api/public/messages").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("trackingCode"));
    }

    @Test
    void aClosedCasesConversationEndsAndIsPurgedAfterItsRetentionTheCaseKeepingOnlyTheAuditedFact()
            throws Exception {
        OpenedCase referred = openCase(NACC, Disposition.REFERRED_TO_NACC);
        OpenedCase stillOpen = openCase(WG_3, Disposition.FORWARDED_TO_WORKING_GROUP);
        write(referred.caseId(), "director", PlatformRoles.DIRECTOR, null, "ส่งเอกสารเพิ่มเติมได้ที่นี่")
                .andExpect(status().isCreated());
        clock.set(START.plus(Duration.ofHours(1)));
        reply(referred.trackingCode(), "ผมชื่อนายสมชาย ใจดี โทร 081-234-5678",
                file("doc.pdf", "application/pdf", Attachments.pdf())).andExpect(status().isCreated());
        reply(stillOpen.trackingCode(), "ผมชื่อนายสมศักดิ์ รักดี โทร 089-765-4321").andExpect(status().isCreated());
        String href = json(mvc.perform(as(get("/api/cases/{id}/messages", referred.caseId()),
                PlatformRoles.DIRECTOR))).get(1).path("attachments").get(0).path("href").asString();

        clock.set(START.plus(Duration.ofDays(2)));
        mvc.perform(as(post("/api/cases/{id}/actions/close-as-referred", referred.caseId()), PlatformRoles.DIRECTOR)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        reply(referred.trackingCode(), "ยังมีข้อมูลเพิ่มเติมครับ").andExpect(status().isConflict())
                .andExpect(jsonPath("$.violations[0].rule").value("case-open"));
        write(referred.caseId(), "director", PlatformRoles.DIRECTOR, null, "ข้อความ")
                .andExpect(status().isConflict());
        readPublicly(referred.trackingCode()).andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.messages.length()").value(2));

        clock.set(START.plus(Duration.ofDays(2)).plus(properties.retention()).minus(Duration.ofHours(1)));
        retention.purge();
        readPublicly(referred.trackingCode()).andExpect(jsonPath("$.messages.length()").value(2));

        clock.set(START.plus(Duration.ofDays(2)).plus(properties.retention()).plus(Duration.ofHours(1)));
        assertThat(retention.purge()).isPositive();

        readPublicly(referred.trackingCode()).andExpect(status().isOk())
                .andExpect(jsonPath("$.messages.length()").value(0));
        mvc.perform(as(get("/api/cases/{id}/messages", referred.caseId()), PlatformRoles.DIRECTOR))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(get(href), PlatformRoles.DIRECTOR)).andExpect(status().isNotFound());
        assertThat(sealedTexts.open(referred.caseId())).noneMatch(t -> t.field().equals(Conversations.TEXT_FIELD));
        JsonNode audit = json(mvc.perform(as(get("/api/cases/{id}/audit", referred.caseId()),
                PlatformRoles.AUDITOR)));
        assertThat(audit.valueStream().filter(e -> "CONVERSATION_PURGED".equals(e.path("action").asString())))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("actor").asString()).isEqualTo("system");
                    assertThat(e.path("detail").asString()).startsWith("2 messages, 1 attachments, 1 sealed originals");
                });
        JsonNode theCase = json(mvc.perform(as(get("/api/cases/{id}", referred.caseId()), PlatformRoles.DIRECTOR)));
        assertThat(theCase.path("timeline").valueStream().map(e -> e.path("event").asString()))
                .contains("COMPLAINANT_REPLIED");

        readPublicly(stillOpen.trackingCode()).andExpect(jsonPath("$.messages.length()").value(1));
        assertThat(sealedTexts.open(stillOpen.caseId()).stream().map(SealedTexts.OpenedText::field).toList())
                .isEqualTo(List.of(Conversations.TEXT_FIELD));
    }
}
