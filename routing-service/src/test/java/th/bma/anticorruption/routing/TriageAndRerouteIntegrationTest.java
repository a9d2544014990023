package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.ScreeningDoubt;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.privacy.Placeholders;
import th.bma.anticorruption.support.security.PlatformRoles;
import tools.jackson.databind.JsonNode;

/** Triage, reroute and the decisions view on the real broker, through the HTTP API with real tokens. */
class TriageAndRerouteIntegrationTest extends RoutingIntegrationTestSupport {

    private static final ScreeningDoubt DOUBT = new ScreeningDoubt("LEARNED-SIGNAL", 0.962, 0.913,
            "ไม่มีกฎคัดกรองใดพบว่าเป็นเรื่องทุจริต แบบจำลองให้คะแนน 0.962 (เกณฑ์ 0.913)",
            "No screening rule found corruption in it; the model scored it 0.962 (threshold 0.913)");

    @Autowired
    RecordedSends sends;

    @Autowired
    DecisionOutboxStore sent;

    @Autowired
    Outbox<RoutingDecision> outbox;

    @Test
    void anUnclearComplaintWaitsInTriageUntilAnIntakeOfficerDecidesThenAnOfficerReroutesIt() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        JsonNode initial = awaitRouted(unclear.complaintId(), v -> true);
        assertThat(initial.path("disposition").asString()).isEqualTo("UNDER_VERIFICATION");
        assertThat(initial.path("destination").path("kind").asString()).isEqualTo("TRIAGE");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("TRIAGE-LOW-CONFIDENCE");

        JsonNode queue = get("/api/routing/triage", token(PlatformRoles.INTAKE_OFFICER)).body();
        assertThat(queue).anySatisfy(item ->
                assertThat(item.path("complaintId").asString()).isEqualTo(unclear.complaintId()));
        assertThat(get("/api/routing/triage", token(PlatformRoles.INVESTIGATOR)).status()).isEqualTo(403);

        Response resolved = post("/api/routing/triage/" + unclear.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "CITY_LAW_ENFORCEMENT",
                        "reason", "โทรสอบถามผู้ร้องแล้ว เป็นเรื่องเทศกิจเก็บเงินแผงลอย"));
        assertThat(resolved.status()).isEqualTo(200);
        JsonNode triaged = awaitRouted(unclear.complaintId(),
                v -> "TRIAGE_RESOLVED".equals(v.path("kind").asString()));
        assertThat(triaged.path("decisionSequence").asLong()).isEqualTo(2);
        assertThat(triaged.path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(triaged.path("disposition").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(triaged.path("lineOfWork").asString()).isEqualTo("CITY_LAW_ENFORCEMENT");
        assertThat(get("/api/routing/triage", token(PlatformRoles.INTAKE_OFFICER)).body())
                .noneSatisfy(item -> assertThat(item.path("complaintId").asString())
                        .isEqualTo(unclear.complaintId()));
        assertThat(post("/api/routing/triage/" + unclear.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "OTHER", "reason", "ซ้ำ")).status())
                .isEqualTo(409);

        Response rerouted = post("/api/routing/complaints/" + unclear.complaintId() + "/reroute",
                token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "DISTRICT-1007",
                        "reason", "จุดผ่อนผันอยู่ในความดูแลของเขตปทุมวัน ผู้ร้องขอให้โทรกลับ 081.234.5678"));
        assertThat(rerouted.status()).isEqualTo(200);
        JsonNode reroute = awaitRouted(unclear.complaintId(), v -> "REROUTE".equals(v.path("kind").asString()));
        assertThat(reroute.path("decisionSequence").asLong()).isEqualTo(3);
        assertThat(reroute.path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");
        assertThat(reroute.path("disposition").asString()).isEqualTo("FORWARDED_TO_UNIT");
        assertThat(reroute.path("rule").path("reasonTh").asString()).contains("จุดผ่อนผัน");
        assertThat(reroute.toString()).as("the officer's reason is masked on the topic").doesNotContain("5678")
                .contains(Placeholders.PHONE);
        Map<String, String> why = Map.of("reason", "คณะอนุกรรมการสืบข้อเท็จจริงขอติดต่อผู้ร้องตามที่เจ้าหน้าที่บันทึกไว้");
        String revealPath = "/api/routing/complaints/" + unclear.complaintId() + "/officers-texts/reveal";
        assertThat(post(revealPath, token(PlatformRoles.CONFIDENTIALITY_OFFICER), why).status())
                .as("a client's own token is no named person").isEqualTo(403);
        Response revealed = post(revealPath, TOKENS.personToken("confidentiality", PlatformRoles.CONFIDENTIALITY_OFFICER),
                why);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body().toString()).contains("081.234.5678", "reroute.reason");
        assertThat(get("/api/routing/audit/officers-texts-reveals", token(PlatformRoles.AUDITOR)).body().toString())
                .contains(unclear.complaintId(), "confidentiality");

        JsonNode history = get("/api/routing/complaints/" + unclear.complaintId() + "/decisions",
                TOKENS.scopedToken("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007")).body();
        assertThat(history.path("decisions")).extracting(d -> d.path("kind").asString())
                .containsExactly("INITIAL", "TRIAGE_RESOLVED", "REROUTE");
        assertThat(history.path("current").path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");
        assertThat(get("/api/routing/complaints/" + unclear.complaintId() + "/decisions",
                TOKENS.scopedToken("bangrak-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1004")).status())
                .isEqualTo(404);
    }

    @Test
    void aComplaintScreeningWasUnsureOfWaitsInTriageEvenOnAReDecisionUntilAnIntakeOfficerResolvesIt()
            throws Exception {
        ComplaintSummary vendors = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-DOUBT1",
                OffsetDateTime.parse("2026-08-20T22:25:37+07:00"), "สาทร", List.of("หาบเร่แผงลอย"), "ฝ่ายเทศกิจ เขตสาทร",
                "พ่อค้าแม่ค้าหน้าตลาดต้องฝากเงินให้เทศกิจทุกต้นเดือน", null, null, "hash");
        ComplaintReceived received = Complaints.received(vendors, DOUBT);
        publish(received);

        JsonNode initial = awaitRouted(received.complaintId(), v -> true);
        assertThat(initial.path("destination").path("kind").asString()).isEqualTo("TRIAGE");
        assertThat(initial.path("disposition").asString()).isEqualTo("UNDER_VERIFICATION");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("SCREENING-DOUBT-TRIAGE");
        assertThat(initial.path("rule").path("reasonEn").asString()).contains("Screening was unsure", "0.962");
        JsonNode item = findInQueue(received.complaintId());
        assertThat(item.path("screeningDoubt").path("score").asDouble()).isEqualTo(0.962);
        assertThat(item.path("reasonTh").asString()).contains("การคัดกรองไม่แน่ใจ");

        assertThat(post("/api/routing/complaints/" + received.complaintId() + "/redecision", token(PlatformRoles.DIRECTOR),
                Map.of("reason", "ตรวจตารางกฎใหม่")).status()).isEqualTo(200);
        JsonNode redecided = awaitRouted(received.complaintId(), v -> v.path("decisionSequence").asLong() == 2);
        assertThat(redecided.path("rule").path("ruleId").asString()).as("the rules alone never settle the doubt")
                .isEqualTo("SCREENING-DOUBT-TRIAGE");

        assertThat(post("/api/routing/triage/" + received.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "CITY_LAW_ENFORCEMENT",
                        "reason", "อ่านแล้วเป็นการเรียกเก็บเงินจากผู้ค้า")).status()).isEqualTo(200);
        JsonNode resolved = awaitRouted(received.complaintId(), v -> v.path("decisionSequence").asLong() == 3);
        assertThat(resolved.path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(findInQueue(received.complaintId())).isNull();

        assertThat(post("/api/routing/complaints/" + received.complaintId() + "/redecision", token(PlatformRoles.DIRECTOR),
                Map.of("reason", "ตรวจตารางกฎใหม่อีกครั้ง")).status()).isEqualTo(200);
        JsonNode after = awaitRouted(received.complaintId(), v -> v.path("decisionSequence").asLong() == 4);
        assertThat(after.path("rule").path("ruleId").asString()).as("an officer settled the doubt")
                .isEqualTo("AREA-CITY-LAW-ENFORCEMENT-WG3");
    }

    @Test
    void anOfficersRerouteSettlesScreeningsDoubtSoAReDecisionNoLongerSendsItToTriage() throws Exception {
        ComplaintReceived received = Complaints.received(new ComplaintSummary(Channel.HOTLINE_1555, "CALL-DOUBT2",
                OffsetDateTime.parse("2026-08-20T10:00:00+07:00"), "สาทร", List.of(), null,
                "พ่อค้าแม่ค้าหน้าตลาดต้องฝากเงินให้เทศกิจทุกต้นเดือน", null, null, "hash"), DOUBT);
        publish(received);
        assertThat(awaitRouted(received.complaintId(), v -> true).path("rule").path("ruleId").asString())
                .isEqualTo("SCREENING-DOUBT-TRIAGE");

        assertThat(post("/api/routing/complaints/" + received.complaintId() + "/reroute", token(PlatformRoles.DIRECTOR),
                Map.of("destinationCode", "WG-3", "reason", "อ่านแล้วเป็นเรื่องเทศกิจ")).status()).isEqualTo(200);
        assertThat(post("/api/routing/complaints/" + received.complaintId() + "/redecision",
                token(PlatformRoles.DIRECTOR), Map.of("reason", "ตรวจตารางกฎใหม่")).status()).isEqualTo(200);

        JsonNode redecided = awaitRouted(received.complaintId(), v -> "REDECISION".equals(v.path("kind").asString()));
        assertThat(redecided.path("rule").path("ruleId").asString()).isNotEqualTo("SCREENING-DOUBT-TRIAGE");
        assertThat(redecided.path("destination").path("kind").asString()).isNotEqualTo("TRIAGE");
    }

    @Test
    void anIntakeOfficerFindsADoubtedComplaintIsNoCorruptionComplaintSoItIsDoneWithNowhereToGo() throws Exception {
        ComplaintReceived received = Complaints.received(new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-NOTC01",
                OffsetDateTime.parse("2026-08-21T08:10:00+07:00"), "บางกะปิ", List.of("ถนน"), "เขตบางกะปิ",
                "ถนนหน้าซอยเป็นหลุมลึกมาหลายเดือน แจ้งเขตไปก็เงียบ อยากรู้ว่างบซ่อมถนนไปไหนหมด", null, null, "hash"),
                DOUBT);
        publish(received);
        assertThat(awaitRouted(received.complaintId(), v -> true).path("rule").path("ruleId").asString())
                .isEqualTo("SCREENING-DOUBT-TRIAGE");
        String decision = "/api/routing/triage/" + received.complaintId() + "/decision";
        String intake = token(PlatformRoles.INTAKE_OFFICER);

        assertViolation(post(decision, intake, Map.of("outcome", "NOT_CORRUPTION", "lineOfWork", "PUBLIC_WORKS",
                "reason", "เป็นเรื่องถนนชำรุด")), 400, "lineOfWork", "absent-when-not-corruption");
        assertViolation(post(decision, intake, Map.of("outcome", "NOT_CORRUPTION", "destinationCode", "DISTRICT-1006",
                "reason", "เป็นเรื่องถนนชำรุด")), 400, "destinationCode", "absent-when-not-corruption");
        assertViolation(post(decision, intake, Map.of("outcome", "NOT_CORRUPTION", "reason", " ")), 400, "reason",
                "NotBlank");
        assertViolation(post(decision, intake, Map.of("outcome", "ROUTED", "reason", "เป็นเรื่องถนนชำรุด")),
                400, "lineOfWork", "NotNull");
        assertViolation(post(decision, intake, Map.of("outcome", "SPAM", "reason", "เป็นเรื่องถนนชำรุด")), 400,
                "outcome", "type");
        Map<String, String> notCorruption = Map.of("outcome", "NOT_CORRUPTION",
                "reason", "เป็นเรื่องถนนชำรุด ไม่มีการเรียกรับเงิน ผู้ร้องขอให้โทรกลับ 081.234.5678");
        assertThat(post(decision, token(PlatformRoles.INVESTIGATOR), notCorruption).status()).isEqualTo(403);
        assertThat(post(decision, TOKENS.scopedToken("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007"),
                notCorruption).status()).isEqualTo(403);
        assertThat(findInQueue(received.complaintId())).as("refused requests leave it in the queue").isNotNull();

        Response done = post(decision, intake, notCorruption);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().path("kind").asString()).isEqualTo("NOT_CORRUPTION");
        assertThat(done.body().path("disposition").asString()).isEqualTo("COMPLETED");
        JsonNode event = awaitRouted(received.complaintId(), v -> "NOT_CORRUPTION".equals(v.path("kind").asString()));
        assertThat(event.path("decisionSequence").asLong()).isEqualTo(2);
        assertThat(event.path("disposition").asString()).isEqualTo("COMPLETED");
        assertThat(event.path("destination").path("kind").asString()).as("it stays with the centre").isEqualTo("TRIAGE");
        assertThat(event.path("rule").path("ruleId").asString()).isEqualTo("OFFICER-NOT-CORRUPTION");
        assertThat(event.path("rule").path("reasonEn").asString()).contains("not a complaint of corruption",
                "เป็นเรื่องถนนชำรุด");
        assertThat(event.path("decidedBy").asString()).isNotBlank();
        assertThat(event.toString()).as("the officer's reason is masked on the topic").doesNotContain("5678")
                .contains(Placeholders.PHONE);
        assertThat(findInQueue(received.complaintId())).isNull();

        assertViolation(post(decision, intake, notCorruption), 409, "complaintId", "under-verification");
        assertViolation(post(decision, intake, Map.of("lineOfWork", "PUBLIC_WORKS", "reason", "ขอส่งโยธา")), 409,
                "complaintId", "under-verification");
        assertViolation(post("/api/routing/complaints/" + received.complaintId() + "/redecision",
                token(PlatformRoles.DIRECTOR), Map.of("reason", "ตรวจตารางกฎใหม่")), 409,
                "complaintId", "corruption-complaint");
        JsonNode history = get("/api/routing/complaints/" + received.complaintId() + "/decisions",
                token(PlatformRoles.DIRECTOR)).body();
        assertThat(history.path("decisions")).extracting(d -> d.path("kind").asString())
                .containsExactly("INITIAL", "NOT_CORRUPTION");
        assertThat(history.path("decisions").get(1).path("decidedBy").asString())
                .isEqualTo(event.path("decidedBy").asString());
    }

    private static void assertViolation(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(field + " " + rule).isEqualTo(status);
        assertThat(response.body().path("violations")).as(response.body().toString())
                .anySatisfy(v -> {
                    assertThat(v.path("field").asString()).isEqualTo(field);
                    assertThat(v.path("rule").asString()).isEqualTo(rule);
                });
    }

    private JsonNode findInQueue(String complaintId) {
        for (JsonNode item : get("/api/routing/triage", token(PlatformRoles.INTAKE_OFFICER)).body()) {
            if (item.path("complaintId").asString().equals(complaintId)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aUnitOfficerLosesSightOfAComplaintTheMomentItIsReroutedAway() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        awaitRouted(unclear.complaintId(), v -> true);
        String decisions = "/api/routing/complaints/" + unclear.complaintId() + "/decisions";
        String pathumWan = TOKENS.scopedToken("pathumwan-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1007");
        String withoutUnit = TOKENS.token("unscoped-unit-officer", PlatformRoles.UNIT_OFFICER);
        assertThat(post("/api/routing/complaints/" + unclear.complaintId() + "/reroute", token(PlatformRoles.DIRECTOR),
                Map.of("destinationCode", "DISTRICT-1007", "reason", "จุดเกิดเหตุอยู่ในเขตปทุมวัน")).status())
                .isEqualTo(200);
        assertThat(get(decisions, pathumWan).status()).isEqualTo(200);
        assertThat(get(decisions, withoutUnit).status()).isEqualTo(404);

        assertThat(post("/api/routing/complaints/" + unclear.complaintId() + "/reroute", token(PlatformRoles.DIRECTOR),
                Map.of("destinationCode", "WG-3", "reason", "เป็นเรื่องเทศกิจ ส่งคณะทำงานที่ 3")).status())
                .isEqualTo(200);

        // an earlier decision named DISTRICT-1007: that no longer opens the complaint to its officers
        Response afterReroute = get(decisions, pathumWan);
        assertThat(afterReroute.status()).isEqualTo(404);
        assertThat(afterReroute.body().path("decisions").isMissingNode()).isTrue();
        assertThat(get(decisions, withoutUnit).status()).isEqualTo(404);
        JsonNode wg3 = get(decisions, TOKENS.scopedToken("wg-enforcement-officer", PlatformRoles.UNIT_OFFICER, "WG-3"))
                .body();
        assertThat(wg3.path("current").path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(wg3.path("decisions")).extracting(d -> d.path("destination").path("code").asString())
                .endsWith("DISTRICT-1007", "WG-3");
    }

    @Test
    void noOfficerCanRerouteAComplaintToTheAccusedsOwnUnit() throws Exception {
        ComplaintReceived complaint = Complaints.hotline(
                "ลูกจ้างของสำนักงานเขตรับเงินจากผู้มาติดต่อเพื่อเร่งออกเอกสารให้โดยไม่ต้องรอคิว", "ปทุมวัน",
                new AccusedPerson(null, "ลูกจ้างประจำ", null, "สำนักงานเขตปทุมวัน", "DISTRICT-1007"));
        publish(complaint);
        JsonNode initial = awaitRouted(complaint.complaintId(), v -> true);
        assertThat(initial.path("destination").path("code").asString()).isEqualTo("CSC-OFFICE");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("ACCUSED-UNIT-INTERNAL-TRACK");

        Response toOwnUnit = post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("destinationCode", "DISTRICT-1007", "reason", "ส่งเขต"));
        assertThat(toOwnUnit.status()).isEqualTo(422);
        assertThat(post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.UNIT_OFFICER), Map.of("destinationCode", "WG-3", "reason", "ส่งต่อ")).status())
                .isEqualTo(403);
        assertThat(post("/api/routing/complaints/" + complaint.complaintId() + "/reroute",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("destinationCode", "", "reason", "")).status())
                .isEqualTo(400);
        assertThat(get("/api/routing/complaints/" + complaint.complaintId() + "/decisions",
                token(PlatformRoles.INVESTIGATOR)).body().path("decisions")).hasSize(1);
    }

    @Test
    void aTraffyBriberyTicketToADistrictSectionNeverReachesThatDistrictOfficeNorCanAnOfficerSendItThere()
            throws Exception {
        ComplaintReceived ticket = Complaints.received(new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-BR4K7Q",
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), "บางรัก", List.of("ร้องเรียน"),
                "ฝ่ายรายได้ เขตบางรัก", "ร้านในซอยเจริญกรุง 36 บอกว่าต้องจ่ายใต้โต๊ะให้เจ้าหน้าที่ภาษีป้ายทุกปี "
                        + "ปีละ 5,000 บาท ถึงจะประเมินภาษีป้ายให้ต่ำ", null, null, "hash"));
        publish(ticket);

        JsonNode initial = awaitRouted(ticket.complaintId(), v -> true);
        assertThat(initial.path("destination").path("code").asString()).isEqualTo("CSC-OFFICE");
        assertThat(initial.path("rule").path("ruleId").asString()).isEqualTo("ACCUSED-UNIT-INTERNAL-TRACK");
        assertThat(initial.path("rule").path("reasonTh").asString()).contains("สำนักงานเขตบางรัก", "ฝ่ายรายได้");
        assertThat(initial.path("rule").path("reasonEn").asString()).contains("Bang Rak District Office");
        assertThat(initial.path("lineOfWork").asString()).isEqualTo("REVENUE");
        assertThat(initial.path("suggestedLineOfWork").asString()).isEqualTo("REVENUE");

        Response toTheOffice = post("/api/routing/complaints/" + ticket.complaintId() + "/reroute",
                token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "DISTRICT-1004", "reason", "ส่งเขตบางรัก"));
        assertThat(toTheOffice.status()).isEqualTo(422);
        assertThat(toTheOffice.body().path("violations").get(0).path("rule").asString())
                .isEqualTo("not-accuseds-unit");
        assertThat(toTheOffice.body().path("violations").get(0).path("message").asString())
                .contains("Bang Rak District Office");
        assertThat(get("/api/routing/complaints/" + ticket.complaintId() + "/decisions",
                TOKENS.scopedToken("bangrak-officer", PlatformRoles.UNIT_OFFICER, "DISTRICT-1004")).status())
                .isEqualTo(404);
    }

    @Test
    void anOfficersLineOfWorkIsKeptByARerouteAndARedecisionBesideTheClassifiersSuggestion() throws Exception {
        ComplaintReceived call = Complaints.hotline("เจ้าหน้าที่เรียกเงินค่าดำเนินการ",
                "ปทุมวัน", null);
        publish(call);
        JsonNode initial = awaitRouted(call.complaintId(), v -> true);
        assertThat(initial.path("destination").path("kind").asString()).isEqualTo("TRIAGE");
        assertThat(initial.path("lineOfWork").asString()).isEqualTo("OTHER");

        Response toOwnOffice = post("/api/routing/triage/" + call.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "CITY_LAW_ENFORCEMENT",
                        "destinationCode", "DISTRICT-1007", "reason", "ผู้ร้องยืนยันว่าเป็นเทศกิจเขตปทุมวัน"));
        assertThat(toOwnOffice.status()).as("the call accuses staff of Pathum Wan's own office").isEqualTo(422);

        Response resolved = post("/api/routing/triage/" + call.complaintId() + "/decision",
                token(PlatformRoles.INTAKE_OFFICER), Map.of("lineOfWork", "REVENUE",
                        "reason", "ผู้ร้องยืนยันว่าเป็นเจ้าหน้าที่จัดเก็บภาษีป้าย"));
        assertThat(resolved.status()).isEqualTo(200);
        JsonNode triaged = awaitRouted(call.complaintId(), v -> "TRIAGE_RESOLVED".equals(v.path("kind").asString()));
        assertThat(triaged.path("lineOfWork").asString()).isEqualTo("REVENUE");
        assertThat(triaged.path("suggestedLineOfWork").asString()).isEqualTo("OTHER");
        assertThat(triaged.path("destination").path("code").asString()).isEqualTo("CSC-OFFICE");

        Response corrected = post("/api/routing/complaints/" + call.complaintId() + "/reroute",
                token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "CSC-OFFICE",
                        "lineOfWork", "ENVIRONMENT", "reason", "เป็นเรื่องใบอนุญาตสุขาภิบาลอาหาร"));
        assertThat(corrected.status()).as("a new line of work alone is a decision").isEqualTo(200);
        JsonNode reroute = awaitRouted(call.complaintId(), v -> "REROUTE".equals(v.path("kind").asString()));
        assertThat(reroute.path("lineOfWork").asString()).isEqualTo("ENVIRONMENT");
        assertThat(reroute.path("confidence").asDouble()).isEqualTo(1.0);
        assertThat(reroute.path("rule").path("reasonTh").asString()).contains("สายงานสิ่งแวดล้อม");

        Response redecided = post("/api/routing/complaints/" + call.complaintId() + "/redecision",
                token(PlatformRoles.DIRECTOR), Map.of("reason", "ตรวจตามกฎปัจจุบัน"));
        assertThat(redecided.status()).isEqualTo(200);
        JsonNode redecision = awaitRouted(call.complaintId(), v -> "REDECISION".equals(v.path("kind").asString()));
        assertThat(redecision.path("lineOfWork").asString()).as("the officer's line stands").isEqualTo("ENVIRONMENT");
        assertThat(redecision.path("suggestedLineOfWork").asString()).isEqualTo("OTHER");
        assertThat(redecision.path("destination").path("code").asString()).isEqualTo("CSC-OFFICE");
    }

    @Test
    void theDirectoryIsOpenToEveryAuthenticatedCallerOnly() {
        Response directory = get("/api/routing/directory", token(PlatformRoles.DASHBOARD));
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.body()).filteredOn(u -> "DISTRICT_OFFICE".equals(u.path("kind").asString())).hasSize(50);
        assertThat(directory.body()).extracting(u -> u.path("code").asString())
                .contains("DISTRICT-GROUP-CENTRAL", "BUREAU-EDUCATION", "WG-1", "WG-2", "WG-3", "NACC", "PACC",
                        "CSC-OFFICE", "CENTRE");
        assertThat(get("/api/routing/directory", null).status()).isEqualTo(401);
        JsonNode apiDocs = get("/v3/api-docs", null).body();
        assertThat(apiDocs.path("paths").propertyNames()).contains("/api/routing/directory", "/api/routing/triage",
                "/api/routing/rules/{ruleId}", "/api/routing/rules/shipped-defaults",
                "/api/routing/complaints/{complaintId}/reroute");
    }

    @Test
    void anOfficersRerouteWhileTheBrokerIsAwayIsAnsweredAndRelayedLaterWithItsOwnEventId() throws Exception {
        ComplaintReceived unclear = Complaints.website("ทุจริตครับ");
        publish(unclear);
        awaitRouted(unclear.complaintId(), v -> true);
        List<String> complaint = List.of(unclear.complaintId());
        int sendsBefore = sends.about(complaint).size();
        double reroutesBefore = publishedFromWebsite("REROUTE");

        sends.away(complaint);
        Response rerouted;
        try {
            rerouted = post("/api/routing/complaints/" + unclear.complaintId() + "/reroute",
                    token(PlatformRoles.DIRECTOR), Map.of("destinationCode", "DISTRICT-1007",
                            "reason", "จุดเกิดเหตุอยู่ในเขตปทุมวัน"));
            assertThat(rerouted.status()).as("stored is decided").isEqualTo(200);
            assertThat(sends.about(complaint)).as("the reroute was sent once, and refused").hasSize(sendsBefore + 1);
            assertThat(sent.publishedAt(unclear.complaintId(), 2)).isEmpty();
            outbox.relay(Duration.ZERO, 10_000);
            assertThat(sent.publishedAt(unclear.complaintId(), 2)).as("still away").isEmpty();
            assertThat(publishedFromWebsite("REROUTE")).as("refused is not published").isEqualTo(reroutesBefore);
        } finally {
            sends.back(complaint);
        }

        assertThat(outbox.relay(Duration.ZERO, 10_000)).isPositive();
        assertThat(publishedFromWebsite("REROUTE")).as("published by the relay").isEqualTo(reroutesBefore + 1);

        JsonNode reroute = awaitRouted(unclear.complaintId(), v -> "REROUTE".equals(v.path("kind").asString()));
        assertThat(reroute.path("eventId").asString()).isEqualTo(rerouted.body().path("eventId").asString());
        assertThat(reroute.path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");
        assertThat(sent.publishedAt(unclear.complaintId(), 2)).isPresent();
        assertThat(routedCount(unclear.complaintId())).isEqualTo(2);
    }
}
