package th.bma.anticorruption.load.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Topics;

/**
 * Latency from intake to the case and to the statistics topic, read off Kafka. A complaint's case is opened when
 * {@code cases.status-changed.v1} carries its first snapshot; the latency is that record's
 * timestamp minus the moment its intake request was sent. The statistics topic carries counts, not complaints: when
 * the month's {@code received} first reaches baseline + k, the k complaints sent first are taken as counted, so
 * each complaint's latency is the record's timestamp minus its send time in send order (exact when complaints are
 * counted in the order they were sent, an estimate otherwise).
 */
final class PipelineLatency implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The topics read from their end at the start: a complaint's records, each keyed by the complaint's id. */
    private static final List<String> STAMPED = List.of(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ROUTED,
            Topics.CASES_STATUS_CHANGED);

    private record Sent(String complaintId, long sentAtMillis, boolean measured) {
    }

    private final StageTimes stageTimes = new StageTimes();
    private final KafkaConsumer<String, String> consumer;
    private final String month;
    private final Map<String, Sent> awaitingCase = new ConcurrentHashMap<>();
    private final PriorityQueue<Sent> awaitingCount = new PriorityQueue<>((a, b) -> Long.compare(a.sentAtMillis, b.sentAtMillis));
    final Histogram toCaseMillis = new ConcurrentHistogram(600_000L, 3);
    final Histogram toStatisticsMillis = new ConcurrentHistogram(600_000L, 3);
    final AtomicLong measuredSent = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong measuredToCase = new AtomicLong();
    private final AtomicLong measuredToStatistics = new AtomicLong();
    private long baselineReceived = -1;
    private long countedSoFar;
    private final Thread reader;
    private final List<TopicPartition> assigned = new ArrayList<>();
    private volatile boolean running = true;

    PipelineLatency(String bootstrap, String month) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties);
        this.month = month;
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(30));
        List<TopicPartition> cases = new ArrayList<>();
        for (String topic : STAMPED) {
            cases.addAll(partitions(existing, topic));
        }
        List<TopicPartition> statistics = partitions(existing, Topics.STATISTICS_MONTHLY);
        assigned.addAll(cases);
        assigned.addAll(statistics);
        consumer.assign(assigned);
        consumer.seekToEnd(cases);
        consumer.seekToBeginning(statistics);
        Map<TopicPartition, Long> statisticsEnd = consumer.endOffsets(statistics);
        // the month's figures before the load: the last value of the compacted topic
        while (statistics.stream().anyMatch(p -> consumer.position(p) < statisticsEnd.get(p))) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.topic().equals(Topics.STATISTICS_MONTHLY) && month.equals(record.key())) {
                    baselineReceived = JSON.readTree(record.value()).path("received").asLong();
                }
            }
        }
        baselineReceived = Math.max(0, baselineReceived);
        cases.forEach(consumer::position);
        this.reader = new Thread(this::read, "pipeline-latency");
        reader.setDaemon(true);
        reader.start();
    }

    /** A complaint intake took (202) in this month. */
    void sent(String complaintId, long sentAtMillis, boolean measured) {
        Sent sent = new Sent(complaintId, sentAtMillis, measured);
        this.sent.incrementAndGet();
        if (measured) {
            measuredSent.incrementAndGet();
            stageTimes.sent(complaintId, sentAtMillis);
        }
        Long openedAt = stageTimes.at(complaintId, Topics.CASES_STATUS_CHANGED);
        if (openedAt != null) {
            reachedCase(sent, openedAt);
        } else {
            awaitingCase.put(complaintId, sent);
            // the case may have opened between the check above and the put
            Long raced = stageTimes.at(complaintId, Topics.CASES_STATUS_CHANGED);
            if (raced != null && awaitingCase.remove(complaintId) != null) {
                reachedCase(sent, raced);
            }
        }
        synchronized (awaitingCount) {
            awaitingCount.add(sent);
        }
    }

    /** Waits until every measured complaint reached its case and the statistics, or the limit passes. */
    boolean awaitDrained(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (measuredToCase.get() >= measuredSent.get() && measuredToStatistics.get() >= measuredSent.get()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** In-scope complaints intake took (202) since this started, warm-up included. */
    long sent() {
        return sent.get();
    }

    /** Of those, how many the statistics topic counted so far. */
    long counted() {
        synchronized (awaitingCount) {
            return countedSoFar;
        }
    }

    /**
     * Waits until the statistics counted every complaint sent so far; returns how long that took, or null if the limit
     * passed first.
     */
    Duration awaitCounted(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long target = sent.get();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (counted() >= target) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(100);
        }
        return null;
    }

    long measuredToCase() {
        return measuredToCase.get();
    }

    long measuredToStatistics() {
        return measuredToStatistics.get();
    }

    /** A fresh run creates its topics on first use: a topic that appears after the start is read from its beginning. */
    private void assignNewTopics() {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(10));
        List<TopicPartition> added = new ArrayList<>();
        for (String topic : List.of(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ROUTED, Topics.CASES_STATUS_CHANGED,
                Topics.STATISTICS_MONTHLY)) {
            partitions(topics, topic).stream().filter(p -> !assigned.contains(p)).forEach(added::add);
        }
        if (!added.isEmpty()) {
            assigned.addAll(added);
            consumer.assign(assigned);
            consumer.seekToBeginning(added);
        }
    }

    private static List<TopicPartition> partitions(Map<String, List<PartitionInfo>> topics, String topic) {
        return topics.getOrDefault(topic, List.of()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private void read() {
        long nextTopicCheck = 0;
        while (running) {
            if (System.nanoTime() > nextTopicCheck) {
                assignNewTopics();
                nextTopicCheck = System.nanoTime() + 1_000_000_000L;
            }
            if (assigned.isEmpty()) {
                pause();
                continue;
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.topic().equals(Topics.COMPLAINTS_RECEIVED) || record.topic().equals(Topics.COMPLAINTS_ROUTED)) {
                    stageTimes.record(record.key(), record.topic(), record.timestamp());
                    continue;
                }
                JsonNode value = JSON.readTree(record.value());
                if (record.topic().equals(Topics.CASES_STATUS_CHANGED)) {
                    caseOpened(value.path("complaintId").asString(), record.timestamp());
                } else if (month.equals(record.key())) {
                    long counted = value.path("received").asLong() - baselineReceived;
                    synchronized (awaitingCount) {
                        while (countedSoFar < counted && !awaitingCount.isEmpty()) {
                            Sent sent = awaitingCount.poll();
                            countedSoFar++;
                            if (sent.measured()) {
                                toStatisticsMillis.recordValue(Math.max(0, record.timestamp() - sent.sentAtMillis()));
                                measuredToStatistics.incrementAndGet();
                                stageTimes.record(sent.complaintId(), record.topic(), record.timestamp());
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A complaint's first case snapshot seen (whatever its caseVersion: a case that opens with an earlier channel status
     * merged in is first published past version 1). It may come before the load loop has handled the 202 of its
     * request, so its time is kept with the complaint's other stamps for {@link #sent} too.
     */
    private void caseOpened(String complaintId, long timestamp) {
        if (!stageTimes.record(complaintId, Topics.CASES_STATUS_CHANGED, timestamp)) {
            return;
        }
        Sent sent = awaitingCase.remove(complaintId);
        if (sent != null) {
            reachedCase(sent, timestamp);
        }
    }

    private void reachedCase(Sent sent, long openedAt) {
        if (sent.measured()) {
            toCaseMillis.recordValue(Math.max(0, openedAt - sent.sentAtMillis()));
            measuredToCase.incrementAndGet();
        }
    }

    /** Where the measured complaints' time went, stage by stage. */
    Map<StageTimes.Stage, Histogram> stages() {
        return stageTimes.stages();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5000);
        consumer.close();
    }
}
