package th.bma.anticorruption.support.messaging;

import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead letters for batch-mode consumer bindings with {@code enable-dlq}. The binder alone would send a whole poll to
 * the dead-letter topic when one record fails; here the container's {@link DefaultErrorHandler} does it per record: a
 * consumer that names the failing record ({@link ReceivedBatch#poisoned}) has the records before it committed, that
 * record retried with the binding's back-off ({@code max-attempts}, {@code back-off-*}; at once for the exceptions its
 * {@code retryable-exceptions} mark false) and then published alone to the binding's {@code dlq-name}, and the records
 * after it delivered again. A failure that names no record (the database away) retries the whole poll. Dead letters
 * carry the binder's header names ({@code x-original-topic}, {@code x-exception-fqcn}, …), so they look the same
 * whichever way a binding consumes; record-mode bindings keep the binder's own retry and dead-letter handling.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer {

    private final BinderProducer producer;

    public BatchDeadLetters(BinderProducer producer) {
        this.producer = producer;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // only the variant with the binding's properties is used: it knows whether the binding is in batch mode
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!properties.isBatchMode() || dlqDestinationResolver == null) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(producer.template(),
                dlqDestinationResolver);
        recoverer.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        properties.getRetryableExceptions().forEach((type, retryable) -> {
            if (Exception.class.isAssignableFrom(type)) {
                if (retryable) {
                    handler.addRetryableExceptions(type.asSubclass(Exception.class));
                } else {
                    handler.addNotRetryableExceptions(type.asSubclass(Exception.class));
                }
            }
        });
        container.setCommonErrorHandler(handler);
    }

    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder
                .original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
