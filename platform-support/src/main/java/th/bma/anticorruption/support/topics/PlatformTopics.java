package th.bma.anticorruption.support.topics;

import static th.bma.anticorruption.support.topics.TopicSettings.Cleanup.COMPACT;
import static th.bma.anticorruption.support.topics.TopicSettings.Cleanup.DELETE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.bma.anticorruption.contracts.Topics;

/**
 * Every topic the platform creates, with its settings, in one list: the services create the missing ones at start
 * ({@link PlatformTopicsAutoConfiguration}), and the Kubernetes {@code KafkaTopic} resources are checked against it.
 * <ul>
 * <li>The topics the statistics rebuild replays from the beginning (case snapshots, screened-out records and their
 * tallies) are kept for ever: a month's figures, live and as of any past moment, are recomputed from all of them, so
 * a deleted segment would silently lose old months. The audit trail of reveals is kept for ever too.</li>
 * <li>The monthly figures are compacted: the latest edition per month is the state.</li>
 * <li>Every other event is consumed within seconds; 30 days cover an outage and its investigation.</li>
 * <li>A dead letter waits for a person, so dead-letter topics are kept for ever (they are few). The binder sends a
 * dead letter to the partition its record came from, so a dead-letter topic has as many partitions as its topic.</li>
 * </ul>
 * Partitions are the unit of scale: a consumer group has at most one busy consumer per partition. The count here is
 * what a new topic gets; a cluster may give a topic more (never fewer), and Kafka keeps a key on one partition only
 * while the count stays unchanged, so raise it before the data grows, not under load.
 */
public final class PlatformTopics {

    static final Duration DAYS_30 = Duration.ofDays(30);
    static final int PARTITIONS = 3;

    /** The topics that carry events, in the order of {@link Topics#ALL}. */
    public static final List<TopicSettings> EVENTS = List.of(
            new TopicSettings(Topics.COMPLAINTS_RECEIVED, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.COMPLAINTS_SCREENED_OUT, PARTITIONS, null, DELETE),
            new TopicSettings(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, PARTITIONS, null, DELETE),
            new TopicSettings(Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.COMPLAINTS_ROUTED, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.CASES_STATUS_CHANGED, PARTITIONS, null, DELETE),
            new TopicSettings(Topics.CASES_DEADLINE_REMINDERS, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.CASES_DEADLINE_BREACHED, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.CASES_STALE, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.CASES_PROGRESS_REPORT_MISSING, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.AUDIT_PARTICULARS_REVEALED, PARTITIONS, null, DELETE),
            new TopicSettings(Topics.CASES_PROGRESS_REPORT_DUE, PARTITIONS, DAYS_30, DELETE),
            new TopicSettings(Topics.STATISTICS_MONTHLY, 1, null, COMPACT));

    /** The topics a service of the platform consumes: each has a dead-letter twin. */
    public static final List<String> CONSUMED = List.of(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_SCREENED_OUT,
            Topics.COMPLAINTS_SCREENED_OUT_TALLIED, Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED, Topics.COMPLAINTS_ROUTED,
            Topics.CASES_STATUS_CHANGED);

    /** Every topic the platform creates: the events' topics, then the dead-letter topics. */
    public static final List<TopicSettings> ALL = all();

    private PlatformTopics() {
    }

    public static Optional<TopicSettings> named(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    private static TopicSettings named(List<TopicSettings> topics, String name) {
        return topics.stream().filter(topic -> topic.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<TopicSettings> all() {
        List<TopicSettings> all = new ArrayList<>(EVENTS);
        CONSUMED.forEach(topic -> all.add(new TopicSettings(Topics.deadLetter(topic),
                named(EVENTS, topic).partitions(), null, DELETE)));
        return List.copyOf(all);
    }
}
