package th.bma.anticorruption.support.observability;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Takes the exception's text out of every record sent to a dead-letter topic ({@code <topic>.dlt}). The binder
 * writes the failed consumer's exception message and stack trace into headers ({@code x-exception-message},
 * {@code x-exception-stacktrace}; Spring Kafka's recoverer {@code kafka_dlt-exception-message} and
 * {@code kafka_dlt-exception-stacktrace}), and a message can quote what it failed on: a payload's text, a
 * complainant's name. What stays is enough to find and replay the record: the exception's class name and the
 * original topic, partition, offset and timestamp. The record's value is left as it was: it is the event that
 * failed, as it travelled.
 */
public class DeadLetterScrubber implements ProducerInterceptor<Object, Object> {

    /** The headers that carry exception text. */
    public static final Set<String> EXCEPTION_TEXT = Set.of("x-exception-message", "x-exception-stacktrace",
            "x-key-exception-message", "x-key-exception-stacktrace",
            "kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace",
            "kafka_dlt-key-exception-message", "kafka_dlt-key-exception-stacktrace");

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        if (!record.topic().endsWith(DEAD_LETTER_SUFFIX)) {
            return record;
        }
        RecordHeaders kept = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!EXCEPTION_TEXT.contains(header.key())) {
                kept.add(header);
            }
        }
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                record.value(), kept);
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
