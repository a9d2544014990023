package th.bma.anticorruption.load.benchmark;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

import th.bma.anticorruption.contracts.Topics;

/**
 * Where a measured complaint's time went, each stage closed by the Kafka timestamp of a record: the request until
 * intake's {@code complaints.received.v1} record (gateway, intake, its store and the broker's acknowledgement), that
 * record until routing's {@code complaints.routed.v1}, that until the case's first snapshot on
 * {@code cases.status-changed.v1}, and the case until the statistics topic counted it. A record's timestamp is its
 * producer's clock, the same machine's here.
 */
final class StageTimes {

    enum Stage {
        INTAKE("request → intake's event"), ROUTING("intake's event → routed"), CASE("routed → case opened"),
        STATISTICS("case opened → statistics topic");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    private static final String SENT = "sent";
    /** Where each stage begins and ends: stage i runs from END[i] to END[i + 1]. */
    private static final List<String> ENDS = List.of(SENT, Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ROUTED,
            Topics.CASES_STATUS_CHANGED, Topics.STATISTICS_MONTHLY);

    private final Map<String, Map<String, Long>> stamps = new ConcurrentHashMap<>();

    /** A measured complaint's request was sent at this moment. */
    void sent(String complaintId, long sentAtMillis) {
        record(complaintId, SENT, sentAtMillis);
    }

    /**
     * A complaint's first record on a topic. Intake's record is usually read before its 202 reaches the load loop, so
     * every complaint's records are kept and {@link #stages} reads those of the measured ones. Answers whether this was
     * the complaint's first record on the topic.
     */
    boolean record(String complaintId, String topic, long timestampMillis) {
        return complaintId != null && stamps.computeIfAbsent(complaintId, id -> new ConcurrentHashMap<>())
                .putIfAbsent(topic, timestampMillis) == null;
    }

    /** The timestamp of a complaint's first record on a topic, or null if none was seen yet. */
    Long at(String complaintId, String topic) {
        Map<String, Long> times = stamps.get(complaintId);
        return times == null ? null : times.get(topic);
    }

    /** Each stage's durations over the measured complaints for which both ends of the stage were seen. */
    Map<Stage, Histogram> stages() {
        Map<Stage, Histogram> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, new Histogram(600_000L, 3));
        }
        for (Map<String, Long> times : stamps.values()) {
            if (!times.containsKey(SENT)) {
                continue;
            }
            for (Stage stage : Stage.values()) {
                Long from = times.get(ENDS.get(stage.ordinal()));
                Long to = times.get(ENDS.get(stage.ordinal() + 1));
                if (from != null && to != null) {
                    byStage.get(stage).recordValue(Math.max(0, to - from));
                }
            }
        }
        return byStage;
    }
}
