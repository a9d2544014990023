package th.bma.anticorruption.load.faults;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.load.generator.IntakeRequest;
import th.bma.anticorruption.load.generator.LoadGenerator;
import th.bma.anticorruption.load.generator.TraffyDumpCsvWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Duplicate storms on every intake endpoint of the public API: each record sent {@link #COPIES} times at the same
 * instant. Each record must get exactly one {@code 202} (none if out of scope), every answer the same complaint id,
 * and exactly one case; a Traffy status update sent as a storm must add one timeline entry to its case; the same CSV
 * imported several times at once must accept each ticket once.
 */
final class DuplicateStorms implements Scenario {

    private static final int COPIES = 20;
    private static final int RECORDS = 4;
    private static final DateTimeFormatter TRAFFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public String name() {
        return "duplicate-storms";
    }

    @Override
    public ScenarioResult run(FaultContext context) throws Exception {
        Instant begin = Instant.now();
        Ledger ledger = new Ledger();
        Submissions submissions = context.submissions(ledger);
        LoadGenerator generator = context.generator();
        List<List<String>> checks = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean passed = true;
        ExecutorService storm = Executors.newFixedThreadPool(COPIES);
        try {
            passed &= storm(storm, context, "POST /api/intake/traffy-fondue (about corruption)",
                    () -> generator.nextTraffyNewIssue(true), submissions, checks, evidence, 1);
            passed &= storm(storm, context, "POST /api/intake/traffy-fondue (out of scope)",
                    () -> generator.nextTraffyNewIssue(false), submissions, checks, evidence, 0);
            passed &= storm(storm, context, "POST /api/intake/hotline-1555", generator::nextHotlineCall, submissions,
                    checks, evidence, 1);
            passed &= storm(storm, context, "POST /api/intake/complaints (externalRef)", generator::nextOfficerComplaint,
                    submissions, checks, evidence, 1);
            passed &= storm(storm, context, "POST /api/intake/complaints (Idempotency-Key, no externalRef)",
                    () -> withoutExternalRef(generator.nextOfficerComplaint()), submissions, checks, evidence, 1);
            passed &= statusUpdateStorm(storm, context, generator, submissions, checks, evidence);
            passed &= importStorm(storm, context, generator, ledger, checks, evidence);
        } finally {
            storm.shutdownNow();
        }
        Reconciliation.Result found = context.reconciliation().check(ledger, context.month());
        evidence.addAll(found.evidence());
        return new ScenarioResult(name(), "Each record sent " + COPIES + " times at the same instant (" + RECORDS
                + " records per endpoint); the same CSV imported 3 times at once.", ledger.requests(),
                ledger.acknowledgedRecords(), found.lost(), found.duplicated() + ledger.surplusCreations(),
                ledger.serverErrors(), 0,
                List.of("endpoint", "records", "requests", "202", "200", "other", "complaint ids per record", "cases per record"),
                checks, evidence, passed, Duration.between(begin, Instant.now()));
    }

    /** One storm per record; expects {@code created} 202 answers per record (1, or 0 out of scope). */
    private boolean storm(ExecutorService storm, FaultContext context, String endpoint,
            Supplier<IntakeRequest> records, Submissions submissions, List<List<String>> checks, List<String> evidence,
            int created)
            throws Exception {
        int accepted = 0;
        int repeated = 0;
        Map<Integer, Integer> other = new TreeMap<>();
        Set<Integer> idsPerRecord = new LinkedHashSet<>();
        Set<Integer> casesPerRecord = new LinkedHashSet<>();
        boolean passed = true;
        for (int r = 0; r < RECORDS; r++) {
            IntakeRequest request = records.get();
            Ledger.Entry entry = Submissions.entryOf(request);
            if (!request.body().contains("externalRef")) {
                entry.headers.put("Idempotency-Key", "storm-" + request.channelRecordId());
            }
            List<Gateway.Answer> answers = all(storm, () -> submissions.submit(entry));
            Set<String> ids = new LinkedHashSet<>();
            int recordCreated = 0;
            for (Gateway.Answer answer : answers) {
                if (answer.status() == 202) {
                    accepted++;
                    recordCreated++;
                } else if (answer.status() == 200) {
                    repeated++;
                } else {
                    other.merge(answer.status(), 1, Integer::sum);
                }
                String id = answer.json().path("complaintId").asString("");
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            idsPerRecord.add(ids.size());
            if (recordCreated != created) {
                passed = false;
                evidence.add(endpoint + ": record " + request.channelRecordId() + " answered 202 " + recordCreated + " times");
            }
            if (created == 1) {
                casesPerRecord.add(ids.isEmpty() ? 0 : awaitCases(context, ids.iterator().next()));
            }
        }
        passed &= other.isEmpty() && (created == 0 || idsPerRecord.equals(Set.of(1)) && casesPerRecord.equals(Set.of(1)));
        checks.add(List.of(endpoint, String.valueOf(RECORDS), String.valueOf(RECORDS * COPIES), String.valueOf(accepted),
                String.valueOf(repeated), other.isEmpty() ? "0" : other.toString(), created == 0 ? "- (out of scope)"
                        : idsPerRecord.toString(), created == 0 ? "-" : casesPerRecord.toString()));
        return passed;
    }

    private boolean statusUpdateStorm(ExecutorService storm, FaultContext context, LoadGenerator generator,
            Submissions submissions, List<List<String>> checks, List<String> evidence) throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<Integer> entriesAdded = new LinkedHashSet<>();
        boolean passed = true;
        for (int r = 0; r < RECORDS; r++) {
            IntakeRequest ticket = generator.nextTraffyNewIssue(true);
            String complaintId = submissions.submit(ticket).json().path("complaintId").asString("");
            if (complaintId.isEmpty() || awaitCases(context, complaintId) != 1) {
                evidence.add("status-update storm: ticket " + ticket.channelRecordId() + " opened no case");
                passed = false;
                continue;
            }
            String caseId = "/api/cases/" + caseIdOf(context, complaintId);
            int before = context.gateway().get(caseId, "director").json().path("timeline").size();
            String update = "{\"timestamp\": \"" + TRAFFY_TIME.format(context.month().atDay(21).atTime(LocalTime.NOON))
                    + "\", \"ticket_id\": \"" + ticket.channelRecordId() + "\", \"org\": \"ฝ่ายเทศกิจ เขต"
                    + ticket.district().nameTh() + "\", \"status\": \"forward\", \"note\": \"ส่งต่อฝ่ายเทศกิจแล้ว\", \"photo\": []}";
            for (Gateway.Answer answer : all(storm, () -> context.gateway().sendJson("PATCH", "/api/intake/traffy-fondue",
                    "traffy-adapter", update))) {
                statuses.merge(answer.status(), 1, Integer::sum);
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            int after = before;
            while (after == before && Instant.now().isBefore(deadline)) {
                Pause.of(Duration.ofSeconds(1));
                after = context.gateway().get(caseId, "director").json().path("timeline").size();
            }
            Pause.of(Duration.ofSeconds(3));
            after = context.gateway().get(caseId, "director").json().path("timeline").size();
            entriesAdded.add(after - before);
        }
        passed &= statuses.keySet().equals(Set.of(202)) && entriesAdded.equals(Set.of(1));
        checks.add(List.of("PATCH /api/intake/traffy-fondue (status update)", String.valueOf(RECORDS),
                String.valueOf(RECORDS * COPIES), String.valueOf(statuses.getOrDefault(202, 0)), "-",
                String.valueOf(statuses.entrySet().stream().filter(e -> e.getKey() != 202).mapToInt(Map.Entry::getValue).sum()),
                "timeline entries added per case: " + entriesAdded, "-"));
        return passed;
    }

    private boolean importStorm(ExecutorService storm, FaultContext context, LoadGenerator generator, Ledger ledger,
            List<List<String>> checks, List<String> evidence) throws Exception {
        int rows = 30;
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        java.time.OffsetDateTime from = context.month().atDay(12).atStartOfDay().atOffset(ZoneOffset.ofHours(7));
        new TraffyDumpCsvWriter(generator, from, from.plusDays(5)).write(csv, rows);
        byte[] body = csv.toByteArray();
        List<Gateway.Answer> answers = new ArrayList<>();
        List<Future<Gateway.Answer>> imports = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            imports.add(storm.submit(() -> {
                go.await();
                return context.gateway().send("POST", "/api/intake/traffy-fondue/import", "traffy-adapter",
                        "text/csv; charset=utf-8", body);
            }));
        }
        go.countDown();
        for (Future<Gateway.Answer> answer : imports) {
            answers.add(answer.get());
        }
        int accepted = 0;
        int statusesOk = 0;
        for (Gateway.Answer answer : answers) {
            ledger.noteBulkRequest(answer.status());
            if (answer.status() == 200 || answer.status() == 202) {
                statusesOk++;
                accepted += answer.json().path("accepted").asInt();
            } else {
                evidence.add("CSV import answered " + answer.status() + ": " + answer.body());
            }
        }
        // The import answers counts only: the complaint of each ticket is read from intake's own store.
        List<String> ticketIds = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(
                new String(body, StandardCharsets.UTF_8)))) {
            reader.stream().skip(1).forEach(record -> ticketIds.add(record.getField(0)));
        }
        Set<Integer> casesPerTicket = new LinkedHashSet<>();
        int inScope = 0;
        try (MongoClient mongo = MongoClients.create(context.platform().mongoUri())) {
            for (String ticketId : ticketIds) {
                Ledger.Entry entry = new Ledger.Entry(Channel.TRAFFY_FONDUE + ":" + ticketId, Channel.TRAFFY_FONDUE,
                        "POST", "/api/intake/traffy-fondue/import", "traffy-adapter", "");
                List<Document> complaints = mongo.getDatabase("intake").getCollection("complaints")
                        .find(Filters.and(Filters.eq("channel", Channel.TRAFFY_FONDUE.name()),
                                Filters.eq("channelRecordId", ticketId))).into(new ArrayList<>());
                if (complaints.size() > 1) {
                    evidence.add("intake stores " + complaints.size() + " complaints of imported ticket " + ticketId);
                }
                if (complaints.isEmpty()) {
                    ledger.noteImported(entry, null);
                } else {
                    inScope++;
                    String complaintId = complaints.get(0).getString("_id");
                    ledger.noteImported(entry, complaintId);
                }
            }
        }
        boolean passed = statusesOk == 3 && accepted == inScope;
        checks.add(List.of("POST /api/intake/traffy-fondue/import (same " + rows + "-row CSV)", String.valueOf(rows),
                "3", "-", String.valueOf(statusesOk), String.valueOf(3 - statusesOk),
                "accepted over the 3 answers: " + accepted + " (tickets in scope: " + inScope + ")",
                casesPerTicket.isEmpty() ? "in reconciliation" : casesPerTicket.toString()));
        return passed;
    }

    /** Cases listed for the complaint once at least one is (0 if none within a minute). */
    private static int awaitCases(FaultContext context, String complaintId) {
        Reconciliation reconciliation = context.reconciliation();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int cases = reconciliation.casesOf(complaintId);
        while (cases < 1 && Instant.now().isBefore(deadline)) {
            Pause.of(Duration.ofSeconds(1));
            cases = reconciliation.casesOf(complaintId);
        }
        return Math.max(cases, 0);
    }

    private static String caseIdOf(FaultContext context, String complaintId) {
        return context.gateway().get("/api/cases?complaintId=" + complaintId, "director").json()
                .path("items").path(0).path("caseId").asString();
    }

    private static IntakeRequest withoutExternalRef(IntakeRequest request) {
        ObjectNode body = (ObjectNode) Gateway.JSON.readTree(request.body());
        body.remove("externalRef");
        return new IntakeRequest(request.endpoint(), request.channel(), request.channelRecordId(), request.district(),
                request.inScope(), Gateway.JSON.writeValueAsString(body));
    }

    private static <T> List<T> all(ExecutorService storm, Callable<T> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            futures.add(storm.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
