package th.bma.anticorruption.load.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka floor: how fast a plain producer (acks=all, idempotent, as the platform's binders) writes the same
 * payloads to the same broker, and how fast a plain consumer reads them back.
 */
final class KafkaFloor {

    /** Records per second written and read. */
    record Rates(long records, double producedPerSecond, double consumedPerSecond) {
    }

    private KafkaFloor() {
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(properties);
    }

    static Rates measure(String bootstrap, String topic, Supplier<Map.Entry<String, String>> payloads, Duration duration) {
        long records = 0;
        long start;
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            // the first send creates the topic and fetches its metadata: not part of the rate
            Map.Entry<String, String> first = payloads.get();
            try {
                producer.send(new ProducerRecord<>(topic, first.getKey(), first.getValue())).get(2, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot write to " + topic, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            records++;
            start = System.nanoTime();
            long end = start + duration.toNanos();
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1000; i++) {
                    Map.Entry<String, String> payload = payloads.get();
                    producer.send(new ProducerRecord<>(topic, payload.getKey(), payload.getValue()));
                    records++;
                }
            }
            producer.flush();
        }
        double produced = (records - 1) / ((System.nanoTime() - start) / 1e9);

        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long read = 0;
        long readStart = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (read < records && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        return new Rates(records, produced, read / ((System.nanoTime() - readStart) / 1e9));
    }
}
