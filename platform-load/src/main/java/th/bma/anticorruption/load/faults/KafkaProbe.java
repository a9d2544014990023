package th.bma.anticorruption.load.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Straight to the broker: writes raw records, reads a topic from its start, measures a consumer group's lag. */
final class KafkaProbe {

    private final String bootstrap;

    KafkaProbe(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Sends one record as given (no serialiser of the platform's), acknowledged by the broker. */
    void send(String topic, String key, byte[] value) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
        }
    }

    /** Reads the topic from its start until every wanted value has turned up or the time is over; returns what did. */
    List<ConsumerRecord<byte[], byte[]>> find(String topic, List<Predicate<ConsumerRecord<byte[], byte[]>>> wanted,
            Duration within) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        List<Predicate<ConsumerRecord<byte[], byte[]>>> missing = new ArrayList<>(wanted);
        Instant deadline = Instant.now().plus(within);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    for (Predicate<ConsumerRecord<byte[], byte[]>> want : List.copyOf(missing)) {
                        if (want.test(record)) {
                            found.add(record);
                            missing.remove(want);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every record of a topic (read for {@code quiet} after the last one came). */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration quiet) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant lastRecord = Instant.now();
            while (Duration.between(lastRecord, Instant.now()).compareTo(quiet) < 0) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    records.forEach(all::add);
                    lastRecord = Instant.now();
                }
            }
        }
        return all;
    }

    /** Records of the topic the group has not committed yet (-1 if it cannot be told). */
    long lag(String group, String topic) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(properties)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Waits until the group has consumed the whole topic; returns the last lag seen. */
    long awaitNoLag(String group, String topic, Duration within) {
        Instant deadline = Instant.now().plus(within);
        long lag = lag(group, topic);
        while (lag != 0 && Instant.now().isBefore(deadline)) {
            Pause.of(Duration.ofSeconds(1));
            lag = lag(group, topic);
        }
        return lag;
    }

    static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

}
