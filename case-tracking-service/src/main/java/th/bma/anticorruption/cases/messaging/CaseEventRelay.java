package th.bma.anticorruption.cases.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import th.bma.anticorruption.cases.casework.CaseEventOutbox;

/**
 * Every {@code cases.outbox.interval}, sends again the case events a failed send or a crash left pending (see
 * {@link CaseEventOutbox#relay}); a broker that stays away is simply tried again at the next pass.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class CaseEventRelay {

    private static final Logger log = LoggerFactory.getLogger(CaseEventRelay.class);

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(name = "cases.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    ThreadPoolTaskScheduler caseEventRelayScheduler(CaseEventOutbox outbox, OutboxProperties properties) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("case-event-relay-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                outbox.relay(properties.grace(), properties.batchSize());
            } catch (RuntimeException e) {
                log.warn("Case event relay pass failed ({}); next pass in {}", e.getClass().getSimpleName(),
                        properties.interval());
            }
        }, properties.interval());
        return scheduler;
    }
}
