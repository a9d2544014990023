package th.bma.anticorruption.support.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/** An {@link EventPublisher} wherever Spring Cloud Stream is on the class path, counting what it publishes. */
@AutoConfiguration(afterName = "org.springframework.cloud.stream.function.FunctionConfiguration")
@ConditionalOnClass(StreamBridge.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StreamBridge.class)
    EventPublisher eventPublisher(StreamBridge streamBridge, ObjectProvider<MeterRegistry> meters) {
        return new EventPublisher(streamBridge, meters.getIfAvailable());
    }
}
