package th.bma.anticorruption.load.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.bma.anticorruption.load.generator.IntakeRequest;
import th.bma.anticorruption.load.generator.LoadGenerator;

/**
 * Malformed, oversized and hostile input on every endpoint of the gateway: {@link HostileBodies} on every endpoint
 * that takes a body (per-field attacks on the intake endpoints, whose bodies are the richest), hostile path
 * segments and query parameters on every endpoint that reads. No answer may be a 5xx; whatever intake still
 * acknowledged must be in the cases and the statistics exactly once.
 */
final class HostileInput implements Scenario {

    @Override
    public String name() {
        return "hostile-input";
    }

    /** One endpoint's tally. */
    private static final class Tally {
        int requests;
        int acknowledged;
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    @Override
    public ScenarioResult run(FaultContext context) throws Exception {
        Instant begin = Instant.now();
        Ledger ledger = new Ledger();
        Submissions submissions = context.submissions(ledger);
        LoadGenerator generator = context.generator();
        Gateway gateway = context.gateway();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>();

        // A real complaint and case to aim the case, routing and identity endpoints at.
        IntakeRequest target = generator.nextHotlineCall();
        String complaintId = submissions.submit(target).json().path("complaintId").asString();
        String caseId = awaitCaseId(context, complaintId);

        // Intake: whole-body and per-field attacks, each on a fresh record so deduplication hides nothing.
        List<IntakeRequest> templates = List.of(generator.nextTraffyNewIssue(true), generator.nextHotlineCall(),
                generator.nextOfficerComplaint());
        for (IntakeRequest template : templates) {
            String endpoint = template.endpoint().method() + " " + template.endpoint().path();
            for (HostileBodies.Hostile attack : HostileBodies.wholeBody(template.body())) {
                sendToIntake(gateway, ledger, tallies, evidence, endpoint, template, attack);
            }
            for (HostileBodies.FieldAttack attack : HostileBodies.fieldAttacks(template.body())) {
                IntakeRequest fresh = freshLike(generator, template);
                sendToIntake(gateway, ledger, tallies, evidence, endpoint, fresh, attack.on(fresh.body()));
            }
        }
        String statusUpdate = "{\"timestamp\": \"2025-11-20 11:00:00.000000\", \"ticket_id\": \"2025-ZZZZ01\", "
                + "\"org\": \"ฝ่ายโยธา เขตบางรัก\", \"status\": \"inprogress\", \"note\": \"รับเรื่องแล้ว\", \"photo\": []}";
        bodies(context, tallies, evidence, "PATCH", "/api/intake/traffy-fondue", "traffy-adapter", statusUpdate, true);
        csvImport(context, tallies, evidence);
        bodies(context, tallies, evidence, "POST", "/api/intake/complaints/" + complaintId + "/identity/reveal",
                "confidentiality-officer", "{\"reason\": \"ตรวจสอบตามคำสั่งผู้อำนวยการ ศตท.กทม. ที่ 1/2568\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/public/track", null, "{\"trackingCode\": \"1234567890123456\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/cases/" + caseId + "/actions/report-progress", "director",
                "{\"note\": \"ติดตามความคืบหน้าแล้ว\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/cases/" + caseId + "/progress", "director",
                "{\"note\": \"ติดตามความคืบหน้าแล้ว\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/routing/complaints/" + complaintId + "/redecision", "director",
                "{\"reason\": \"ทบทวนการส่งเรื่อง\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/routing/complaints/" + complaintId + "/reroute", "director",
                "{\"destinationCode\": \"WG-3\", \"reason\": \"ทบทวนการส่งเรื่อง\"}", true);
        bodies(context, tallies, evidence, "POST", "/api/routing/triage/" + complaintId + "/decision", "director",
                "{\"lineOfWork\": \"CITY_LAW_ENFORCEMENT\", \"destinationCode\": \"WG-3\", \"reason\": \"คัดแยกแล้ว\"}", true);
        // The rule table steers every later complaint: only structural attacks, never a value that might be taken.
        bodies(context, tallies, evidence, "PUT", "/api/routing/rules/NO-SUCH-RULE", "director",
                "{\"priority\": 10, \"enabled\": true, \"when\": {}, \"then\": {}}", false);

        for (String[] read : reads(complaintId, caseId)) {
            for (String hostile : HOSTILE_SEGMENTS) {
                String path = read[0].replace("{x}", hostile);
                Gateway.Answer answer = gateway.get(path, read[1]);
                tally(tallies, "GET " + read[2], answer, false, path, evidence);
            }
        }

        Reconciliation.Result found = context.reconciliation().check(ledger, context.month());
        evidence.addAll(found.evidence());
        List<List<String>> checks = new ArrayList<>();
        int requests = 0;
        int serverErrors = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            requests += tally.requests;
            int fiveHundreds = tally.statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() == 0)
                    .mapToInt(Map.Entry::getValue).sum();
            serverErrors += fiveHundreds;
            checks.add(List.of(entry.getKey(), String.valueOf(tally.requests), tally.statuses.toString(),
                    String.valueOf(tally.acknowledged), String.valueOf(fiveHundreds)));
        }
        return new ScenarioResult(name(), "Hostile bodies (" + HostileBodies.wholeBody("{}").size()
                + " whole-body attacks; on the intake endpoints also " + HostileBodies.hostileValues().size()
                + " hostile values in every field, one level deep) on every endpoint that takes a body, "
                + HOSTILE_SEGMENTS.size() + " hostile path segments or query values on every endpoint that reads.",
                requests, ledger.acknowledgedRecords(), found.lost(), found.duplicated() + ledger.surplusCreations(),
                serverErrors, 0, List.of("endpoint", "requests", "answers by status", "acknowledged complaints", "5xx / no answer"),
                checks, evidence, true, Duration.between(begin, Instant.now()));
    }

    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "%7B%22%24gt%22%3A%22%22%7D", "%24where", "%00", "%FF%FE%C3%28", "..%2F..%2Factuator%2Fenv",
            "A".repeat(4000), "-1", "99999999999999999999999", "%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95");

    /** {path with {x}, client, label} of every endpoint that reads. */
    private static List<String[]> reads(String complaintId, String caseId) {
        return List.of(
                new String[] {"/api/cases?complaintId={x}", "director", "/api/cases?complaintId="},
                new String[] {"/api/cases?complaintId[$ne]=x&state={x}&due={x}", "director", "/api/cases?state=&due="},
                new String[] {"/api/cases?page={x}&size={x}", "director", "/api/cases?page=&size="},
                new String[] {"/api/cases/{x}", "director", "/api/cases/{caseId}"},
                new String[] {"/api/cases/{x}/audit", "auditor", "/api/cases/{caseId}/audit"},
                new String[] {"/api/statistics/monthly/{x}", "dashboard", "/api/statistics/monthly/{month}"},
                new String[] {"/api/statistics/monthly/2025-03/report?lang={x}&digits={x}", "dashboard", "/api/statistics/monthly/{month}/report"},
                new String[] {"/api/statistics/monthly/{x}.csv", "dashboard", "/api/statistics/monthly/{month}.csv"},
                new String[] {"/api/statistics/fiscal-year/{x}", "dashboard", "/api/statistics/fiscal-year/{year}"},
                new String[] {"/api/routing/directory/{x}", "director", "/api/routing/directory/{code}"},
                new String[] {"/api/routing/rules/{x}", "director", "/api/routing/rules/{ruleId}"},
                new String[] {"/api/routing/rules/{x}/versions/{x}", "director", "/api/routing/rules/{ruleId}/versions/{version}"},
                new String[] {"/api/routing/complaints/{x}/decisions", "director", "/api/routing/complaints/{id}/decisions"},
                new String[] {"/api/routing/triage?page={x}&size={x}", "director", "/api/routing/triage"},
                new String[] {"/api/intake/audit/identity-reveals?limit={x}", "auditor", "/api/intake/audit/identity-reveals"});
    }

    /** Whole-body attacks (and, if {@code perField}, field attacks) on one endpoint that takes JSON. */
    private void bodies(FaultContext context, Map<String, Tally> tallies, List<String> evidence, String method,
            String path, String clientId, String validJson, boolean perField) {
        List<HostileBodies.Hostile> attacks = new ArrayList<>(HostileBodies.wholeBody(validJson));
        if (perField) {
            attacks.addAll(HostileBodies.perField(validJson));
        }
        String label = method + " " + path.replaceAll("COMPLAINT-[^/]+|[0-9a-f]{8}-[0-9a-f-]{27}|CASE-[^/]+", "{id}");
        for (HostileBodies.Hostile attack : attacks) {
            Gateway.Answer answer = context.gateway().send(method, path, clientId, attack.contentType(), attack.body());
            tally(tallies, label, answer, false, attack.name(), evidence);
        }
    }

    private void csvImport(FaultContext context, Map<String, Tally> tallies, List<String> evidence) {
        String header = "ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,"
                + "province,timestamp,state,star,count_reopen,last_activity\n";
        Map<String, byte[]> attacks = new LinkedHashMap<>();
        attacks.put("binary garbage", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 13, 0x22, 0x22, 0x22});
        attacks.put("wrong header", "a,b,c\n1,2,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attacks.put("unbalanced quote", (header + "\"2025-AAAA01,{ทุจริต},x\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attacks.put("invalid UTF-8 in a row", concat((header + "2025-AAAA02,{ทุจริต},").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc3, 0x28, (byte) 0xff}, ",x,,,100.5,13.7,x,x,บางรัก,กรุงเทพมหานคร,2025-11-12 01:00:00.000000+00,เสร็จสิ้น,,0,2025-11-12 01:00:00.000000+00\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        attacks.put("5 MB single field", (header + "2025-AAAA03,{ทุจริต},x," + "ก".repeat(1_700_000) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attacks.put("MongoDB operator as ticket id", (header + "{\"$gt\": \"\"},{ทุจริต},x,เรียกรับสินบน,,,\"100.5,13.7\",x,x,บางรัก,กรุงเทพมหานคร,2025-11-12 01:00:00.000000+00,เสร็จสิ้น,,0,2025-11-12 01:00:00.000000+00\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attacks.put("JSON instead of CSV", "{\"ticket_id\": {\"$ne\": null}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attacks.put("empty", new byte[0]);
        for (Map.Entry<String, byte[]> attack : attacks.entrySet()) {
            Gateway.Answer answer = context.gateway().send("POST", "/api/intake/traffy-fondue/import", "traffy-adapter",
                    "text/csv", attack.getValue());
            tally(tallies, "POST /api/intake/traffy-fondue/import", answer, false, attack.getKey(), evidence);
        }
        Gateway.Answer answer = context.gateway().send("POST", "/api/intake/traffy-fondue/import", "traffy-adapter",
                "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        tally(tallies, "POST /api/intake/traffy-fondue/import", answer, false, "JSON content type", evidence);
    }

    private static void sendToIntake(Gateway gateway, Ledger ledger, Map<String, Tally> tallies, List<String> evidence,
            String endpoint, IntakeRequest record, HostileBodies.Hostile attack) {
        Ledger.Entry entry = new Ledger.Entry(record.channel() + ":" + record.channelRecordId() + "#" + attack.name(),
                record.channel(), record.endpoint().method(), record.endpoint().path(), record.endpoint().clientId(), "");
        Gateway.Answer answer = gateway.send(record.endpoint().method(), record.endpoint().path(),
                record.endpoint().clientId(), attack.contentType(), attack.body());
        Ledger.Outcome outcome = ledger.note(entry, answer);
        tally(tallies, endpoint, answer, outcome == Ledger.Outcome.ACKNOWLEDGED, attack.name(), evidence);
    }

    private static void tally(Map<String, Tally> tallies, String endpoint, Gateway.Answer answer, boolean acknowledged,
            String attack, List<String> evidence) {
        Tally tally = tallies.computeIfAbsent(endpoint, e -> new Tally());
        tally.requests++;
        tally.statuses.merge(answer.status(), 1, Integer::sum);
        if (acknowledged) {
            tally.acknowledged++;
        }
        if ((answer.status() >= 500 || answer.status() == 0) && evidence.size() < 40) {
            String body = answer.body() == null ? "" : answer.body();
            evidence.add(endpoint + " with " + (attack.length() > 120 ? attack.substring(0, 120) + "…" : attack)
                    + " → " + answer.status() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
        }
    }

    private static IntakeRequest freshLike(LoadGenerator generator, IntakeRequest template) {
        return switch (template.endpoint()) {
            case TRAFFY_NEW_ISSUE -> generator.nextTraffyNewIssue(true);
            case HOTLINE_1555 -> generator.nextHotlineCall();
            case OFFICER_COMPLAINT -> generator.nextOfficerComplaint();
        };
    }

    private static String awaitCaseId(FaultContext context, String complaintId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String caseId = context.gateway().get("/api/cases?complaintId=" + complaintId, "director").json()
                    .path("items").path(0).path("caseId").asString("");
            if (!caseId.isEmpty()) {
                return caseId;
            }
            Pause.of(Duration.ofSeconds(1));
        }
        return "CASE-unknown";
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }
}
