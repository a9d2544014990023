package th.bma.anticorruption.load.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.load.generator.IntakeRequest;
import th.bma.anticorruption.load.generator.LoadGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clock jumps across the 30-day subcommittee deadline: complaints against staff of level ชำนาญการ (the internal
 * track, deadline open), then case tracking restarted with its clock moved forward past the deadline
 * ({@code platform.clock.offset}, watch every 2 s), then further forward, and finally back to today as the
 * launcher runs it. Every case must be breached, with exactly one {@code CaseDeadlineBreached} on
 * {@code cases.deadline-breached.v1}, and the month's statistics must count each breach once.
 */
final class ClockJumps implements Scenario {

    private static final int CASES = 6;
    private static final String CASE_TRACKING = "case-tracking-service";
    private static final List<String> JUMPS = List.of("32d", "45d");
    private static final Duration AT_EACH_JUMP = Duration.ofSeconds(15);

    @Override
    public String name() {
        return "clock-jumps";
    }

    @Override
    public ScenarioResult run(FaultContext context) throws Exception {
        Instant begin = Instant.now();
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Bangkok"));
        Ledger ledger = new Ledger();
        Submissions submissions = context.submissions(ledger);
        LoadGenerator generator = new LoadGenerator(FaultContext.FAULT_MIX, System.nanoTime(), Clock.systemUTC());
        Map<String, String> caseOf = new LinkedHashMap<>();
        for (int i = 0; i < CASES; i++) {
            String complaintId = submissions.submit(againstStaff(generator.nextHotlineCall())).json()
                    .path("complaintId").asString("");
            if (!complaintId.isEmpty()) {
                caseOf.put(complaintId, null);
            }
        }
        submissions.resendUnacknowledged();
        ledger.acknowledgedComplaints().keySet().forEach(id -> caseOf.putIfAbsent(id, null));
        List<String> evidence = new ArrayList<>();
        awaitDeadlines(context, caseOf, "OPEN", Duration.ofMinutes(3));
        List<List<String>> checks = new ArrayList<>();
        checks.add(List.of("internal-track cases opened with an OPEN deadline", "today",
                String.valueOf(count(context, caseOf, "OPEN"))));

        for (String offset : JUMPS) {
            context.platform().kill(CASE_TRACKING);
            context.platform().restart(CASE_TRACKING, List.of("--platform.clock.offset=" + offset,
                    "--cases.watch.interval=2s"));
            awaitDeadlines(context, caseOf, "BREACHED", Duration.ofMinutes(3));
            Pause.of(AT_EACH_JUMP);
            checks.add(List.of("case tracking restarted with its clock moved by " + offset, offset,
                    count(context, caseOf, "BREACHED") + " of " + caseOf.size() + " BREACHED"));
        }
        context.platform().kill(CASE_TRACKING);
        context.platform().restart(CASE_TRACKING, List.of());
        Pause.of(AT_EACH_JUMP);

        KafkaProbe kafka = new KafkaProbe(context.platform().kafkaBootstrap());
        Map<String, Integer> breachesPerCase = new TreeMap<>();
        caseOf.values().forEach(caseId -> breachesPerCase.put(caseId, 0));
        for (ConsumerRecord<byte[], byte[]> record : kafka.readAll(Topics.CASES_DEADLINE_BREACHED, Duration.ofSeconds(10))) {
            JsonNode event = Gateway.JSON.readTree(KafkaProbe.text(record.value()));
            breachesPerCase.computeIfPresent(event.path("caseId").asString(), (id, n) -> n + 1);
        }
        Map<Integer, Integer> histogram = new TreeMap<>();
        breachesPerCase.values().forEach(n -> histogram.merge(n, 1, Integer::sum));
        breachesPerCase.forEach((caseId, n) -> {
            if (n != 1) {
                evidence.add(caseId + ": " + n + " CaseDeadlineBreached events");
            }
        });
        Reconciliation.Result found = context.reconciliation().check(ledger, month);
        evidence.addAll(found.evidence());
        JsonNode figures = context.reconciliation().monthly(month);
        int breachedInStatistics = figures.path("deadlines").path("breached").asInt(-1);
        checks.add(List.of("case tracking restarted as the launcher runs it (clock back to today)", "none", count(context, caseOf, "BREACHED") + " of "
                + caseOf.size() + " BREACHED"));
        checks.add(List.of("CaseDeadlineBreached events per case (events → cases)", "", histogram.toString()));
        checks.add(List.of("statistics " + month + " deadlines.breached", "", String.valueOf(breachedInStatistics)));
        boolean passed = histogram.equals(Map.of(1, caseOf.size())) && breachedInStatistics == caseOf.size()
                && caseOf.size() == CASES;
        return new ScenarioResult(name(), CASES + " complaints against ชำนาญการ-level staff (internal track, 30-day "
                + "subcommittee deadline); case tracking restarted with its clock at +32 days, then +45 days, "
                + "then back to today (as the launcher runs it).", ledger.requests(), ledger.acknowledgedRecords(), found.lost(),
                found.duplicated() + ledger.surplusCreations(), 0, 0, List.of("step", "clock offset", "result"),
                checks, evidence, passed, Duration.between(begin, Instant.now()));
    }

    /**
     * The same call, about an official of level ชำนาญการ: the ก.ก. office's internal track. Its note names the accused
     * and what was asked in return, so screening takes it straight through: a generated note that screening doubts
     * goes to the centre's triage, which owes no subcommittee deadline, and this scenario is about the deadline.
     */
    private static IntakeRequest againstStaff(IntakeRequest call) {
        ObjectNode body = (ObjectNode) Gateway.JSON.readTree(call.body());
        body.put("description", "ผู้แจ้งแจ้งว่านักวิชาการจัดเก็บรายได้ ฝ่ายรายได้ สำนักงานเขต" + call.district().nameTh()
                + " เรียกรับเงินจากเจ้าของร้านค้า เพื่อลดภาษีป้ายให้ต่ำกว่าที่ต้องชำระ");
        ObjectNode accused = body.putObject("accused");
        accused.put("name", "นายสมศักดิ์ ตัวอย่าง");
        accused.put("position", "นักวิชาการจัดเก็บรายได้");
        accused.put("positionLevel", "ชำนาญการ");
        accused.put("unit", "ฝ่ายรายได้ สำนักงานเขต" + call.district().nameTh());
        return new IntakeRequest(call.endpoint(), call.channel(), call.channelRecordId(), call.district(), true,
                Gateway.JSON.writeValueAsString(body));
    }

    /** Fills in each complaint's case id and waits until every case's deadline has the status. */
    private static void awaitDeadlines(FaultContext context, Map<String, String> caseOf, String status, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (count(context, caseOf, status) == caseOf.size()) {
                return;
            }
            Pause.of(Duration.ofSeconds(2));
        }
    }

    private static int count(FaultContext context, Map<String, String> caseOf, String status) {
        int matching = 0;
        for (Map.Entry<String, String> entry : caseOf.entrySet()) {
            JsonNode item = context.gateway().get("/api/cases?complaintId=" + entry.getKey(), "director").json()
                    .path("items").path(0);
            if (!item.isMissingNode()) {
                entry.setValue(item.path("caseId").asString());
                if (status.equals(item.path("deadline").path("status").asString())) {
                    matching++;
                }
            }
        }
        return matching;
    }
}
