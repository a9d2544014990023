package th.bma.anticorruption.load.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.load.generator.IntakeRequest;
import th.bma.anticorruption.load.generator.LoadGenerator;

/**
 * A poison message on every input topic - the consumer bindings of the services' {@code application.yml}: routing's
 * {@code complaints.received.v1}, case tracking's {@code complaints.routed.v1} and
 * {@code complaints.channel-status-updated.v1}, statistics' {@code cases.status-changed.v1},
 * {@code complaints.screened-out.v1} and {@code complaints.screened-out-tallied.v1}. Two per topic: bytes that are not JSON (not even UTF-8), and well-formed JSON
 * that is no valid event. Each must land in the topic's {@code .dlt}; then fresh records (new complaints, screened-out
 * tickets, a Traffy status update) must flow through every consumer, which must have consumed its topic to the end.
 */
final class PoisonMessages implements Scenario {

    private static final Duration DEAD_LETTER_WITHIN = Duration.ofMinutes(2);
    private static final DateTimeFormatter TRAFFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** Input topic → consumer group, as bound in the services' application.yml. */
    static final Map<String, String> INPUTS = inputs();

    @Override
    public String name() {
        return "poison-messages";
    }

    @Override
    public ScenarioResult run(FaultContext context) throws Exception {
        Instant begin = Instant.now();
        KafkaProbe kafka = new KafkaProbe(context.platform().kafkaBootstrap());
        Map<String, List<String>> markers = new LinkedHashMap<>();
        for (String topic : INPUTS.keySet()) {
            String notJson = "poison-" + UUID.randomUUID();
            String notAnEvent = "poison-" + UUID.randomUUID();
            byte[] garbage = concat("\u0000{not json ".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28}, notJson.getBytes(StandardCharsets.UTF_8));
            kafka.send(topic, notJson, garbage);
            kafka.send(topic, notAnEvent, ("{\"eventId\": \"" + notAnEvent + "\", \"schemaVersion\": 1, \"occurredAt\": "
                    + "\"not a time\", \"complaintId\": {\"$gt\": \"\"}}").getBytes(StandardCharsets.UTF_8));
            markers.put(topic, List.of(notJson, notAnEvent));
        }

        // Valid traffic after the poison: every consumer must go on with it.
        Ledger ledger = new Ledger();
        Submissions submissions = context.submissions(ledger);
        LoadGenerator generator = context.generator();
        List<IntakeRequest> traffyInScope = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            IntakeRequest request = generator.next();
            Gateway.Answer answer = submissions.submit(request);
            if (request.channel() == Channel.TRAFFY_FONDUE && answer.status() == 202) {
                traffyInScope.add(request);
            }
        }
        for (int i = 0; i < 5; i++) {
            submissions.submit(generator.nextTraffyNewIssue(false));
            IntakeRequest inScope = generator.nextTraffyNewIssue(true);
            if (submissions.submit(inScope).status() == 202) {
                traffyInScope.add(inScope);
            }
        }
        submissions.resendUnacknowledged();
        int statusUpdates = 0;
        for (IntakeRequest ticket : traffyInScope.subList(0, Math.min(5, traffyInScope.size()))) {
            String update = "{\"timestamp\": \"" + TRAFFY_TIME.format(context.month().atDay(20).atTime(11, 0)) + "\", "
                    + "\"ticket_id\": \"" + ticket.channelRecordId() + "\", \"org\": \"ฝ่ายโยธา เขต"
                    + ticket.district().nameTh() + "\", \"status\": \"inprogress\", \"note\": \"รับเรื่องแล้ว\", \"photo\": []}";
            if (context.gateway().sendJson("PATCH", "/api/intake/traffy-fondue", "traffy-adapter", update).status() == 202) {
                statusUpdates++;
            }
        }

        List<List<String>> checks = new ArrayList<>();
        boolean passed = true;
        for (Map.Entry<String, List<String>> entry : markers.entrySet()) {
            String topic = entry.getKey();
            List<Predicate<ConsumerRecord<byte[], byte[]>>> wanted = new ArrayList<>();
            for (String marker : entry.getValue()) {
                wanted.add(record -> marker.equals(KafkaProbe.text(record.key()))
                        || KafkaProbe.text(record.value()).contains(marker));
            }
            int deadLettered = kafka.find(Topics.deadLetter(topic), wanted, DEAD_LETTER_WITHIN).size();
            long lag = kafka.awaitNoLag(INPUTS.get(topic), topic, Duration.ofMinutes(1));
            passed &= deadLettered == 2 && lag == 0;
            checks.add(List.of("`" + topic + "`", INPUTS.get(topic), "2", deadLettered + " in `" + Topics.deadLetter(topic) + "`",
                    lag == 0 ? "yes (lag 0)" : "no (lag " + lag + ")"));
        }
        Reconciliation.Result found = context.reconciliation().check(ledger, context.month());
        passed &= statusUpdates == Math.min(5, traffyInScope.size()) && ledger.unsettled().isEmpty();
        checks.add(List.of("after the poison: " + ledger.acknowledgedRecords() + " records through the gateway, "
                + statusUpdates + " Traffy status updates accepted", "", "", "",
                found.lost() == 0 && found.duplicated() == 0 ? "all in cases and statistics once" : "see evidence"));
        return new ScenarioResult(name(), "Two poison records on each input topic (not JSON, with invalid UTF-8; JSON "
                + "that is no valid event, with a MongoDB operator as complaint id), then fresh valid traffic.",
                ledger.requests() + 2 * INPUTS.size() + statusUpdates, ledger.acknowledgedRecords(), found.lost(),
                found.duplicated() + ledger.surplusCreations(), 0, ledger.serverErrors() + ledger.noAnswer(),
                List.of("input topic", "consumer group", "poison sent", "dead-lettered", "consumer went on"), checks,
                found.evidence(), passed, Duration.between(begin, Instant.now()));
    }

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(Topics.COMPLAINTS_RECEIVED, "routing-service");
        inputs.put(Topics.COMPLAINTS_ROUTED, "case-tracking-service");
        inputs.put(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, "case-tracking-service");
        inputs.put(Topics.CASES_STATUS_CHANGED, "statistics-service");
        inputs.put(Topics.COMPLAINTS_SCREENED_OUT, "statistics-service");
        inputs.put(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, "statistics-service");
        return inputs;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
