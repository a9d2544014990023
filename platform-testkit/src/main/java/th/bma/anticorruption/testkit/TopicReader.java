package th.bma.anticorruption.testkit;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic from the beginning with its own consumer group, for assertions on what was really published.
 * Waits with Awaitility, never sleeps.
 */
public final class TopicReader implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until some record's JSON value matches, and returns it. */
    public JsonNode awaitValue(Predicate<JsonNode> matches, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (record.value() == null) {
                    continue;
                }
                JsonNode value = JSON.readTree(record.value());
                if (matches.test(value)) {
                    found[0] = value;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Everything read so far (after one more poll). */
    public List<ConsumerRecord<String, byte[]>> records() {
        poll();
        return List.copyOf(seen);
    }

    public static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
