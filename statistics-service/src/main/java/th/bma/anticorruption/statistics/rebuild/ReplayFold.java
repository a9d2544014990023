package th.bma.anticorruption.statistics.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.statistics.messaging.InvalidStatisticsEventException;
import th.bma.anticorruption.statistics.messaging.StatisticsConsumers;
import th.bma.anticorruption.statistics.readmodel.ReplayLoad;

/**
 * The rebuild's replay: reads the three input topics from their beginning up to the end they had when it started,
 * folds them in memory into the emptied read model ({@link ReplayLoad}), and commits those end offsets for the
 * service's consumer group, so the consumer bindings then go on from there. Records the live consumers dead-letter
 * (not JSON, a required field missing) are skipped and counted.
 */
public final class ReplayFold {

    private static final Logger log = LoggerFactory.getLogger(ReplayFold.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final JsonMapper json;

    /** The topics read: case snapshots, screened-out records, screened-out tallies. */
    public record Topics(String caseSnapshots, String screenedOut, String tallies) {
    }

    /** What the replay read and kept. */
    public record Outcome(long records, long skipped, Set<java.time.YearMonth> months) {
    }

    /**
     * @param consumerConfig the Kafka client settings (brokers, security) and {@code group.id}: the group whose offsets
     *            the replay commits
     */
    public ReplayFold(Map<String, Object> consumerConfig, JsonMapper json) {
        this.consumerConfig = Map.copyOf(consumerConfig);
        this.json = json;
    }

    public Outcome replay(Topics topics, ReplayLoad load) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        Map<String, Consumer<byte[]>> readers = Map.of(
                topics.caseSnapshots(), value -> load.add(checked(value, CaseStatusChanged.class,
                        StatisticsConsumers::requireComplete)),
                topics.screenedOut(), value -> load.add(checked(value, ComplaintScreenedOut.class,
                        StatisticsConsumers::requireComplete)),
                topics.tallies(), value -> load.add(checked(value, ScreenedOutTallied.class,
                        StatisticsConsumers::requireComplete)));
        long records = 0;
        long skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : readers.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!caughtUp(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    records++;
                    try {
                        readers.get(record.topic()).accept(record.value());
                    } catch (JacksonException | InvalidStatisticsEventException | IllegalArgumentException e) {
                        skipped++;
                    }
                }
            }
            Set<java.time.YearMonth> months = load.finish();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            end.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(offsets);
            log.info("Rebuild replayed {} records ({} skipped as the consumers would dead-letter them), {} months",
                    records, skipped, months.size());
            return new Outcome(records, skipped, months);
        }
    }

    private boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private <T> T checked(byte[] value, Class<T> type, Consumer<T> check) {
        if (value == null) {
            throw new InvalidStatisticsEventException("an empty record");
        }
        T event = json.readValue(value, type);
        check.accept(event);
        return event;
    }
}
