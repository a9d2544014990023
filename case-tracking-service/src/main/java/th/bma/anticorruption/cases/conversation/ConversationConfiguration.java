package th.bma.anticorruption.cases.conversation;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The conversation's settings, and the retention purge every {@code cases.conversation.purge-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(name = "cases.conversation.purge-enabled", havingValue = "true", matchIfMissing = true)
    ThreadPoolTaskScheduler conversationPurgeScheduler(ConversationRetention retention,
            ConversationProperties properties) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("conversation-purge-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                retention.purge();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ConversationConfiguration.class).error("Conversation purge failed", e);
            }
        }, properties.purgeInterval());
        return scheduler;
    }
}
