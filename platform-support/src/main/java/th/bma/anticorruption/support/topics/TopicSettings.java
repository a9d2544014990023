package th.bma.anticorruption.support.topics;

import java.time.Duration;
import java.util.Map;

/**
 * How one topic of the platform is kept: its partitions (the most consumers of one group that can share it), how
 * long its records stay, and whether it is compacted to the latest record per key. Replication is the cluster's
 * ({@code default.replication.factor}, {@code min.insync.replicas}): one broker locally, three in production.
 *
 * @param retention how long records stay; {@code null} for ever
 */
public record TopicSettings(String name, int partitions, Duration retention, Cleanup cleanup) {

    /** Kafka's {@code cleanup.policy}. */
    public enum Cleanup {
        DELETE("delete"), COMPACT("compact");

        private final String policy;

        Cleanup(String policy) {
            this.policy = policy;
        }

        public String policy() {
            return policy;
        }
    }

    public TopicSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition: " + name);
        }
    }

    /** The topic's configuration as Kafka names it. */
    public Map<String, String> configs() {
        return Map.of("cleanup.policy", cleanup.policy(),
                "retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
    }
}
