package th.bma.anticorruption.routing.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The decisions' outbox, on the platform's: the stored decisions ({@link DecisionOutboxStore}) announced by the
 * service's outbox sender and counted once marked, whoever sent them ({@link PublishedDecisions}). The platform's
 * relay sends again what is left unacknowledged ({@code platform.outbox.*}).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Outbox<RoutingDecision> decisionsOutbox(DecisionOutboxStore store, OutboxSender sender, Clock clock,
            PublishedDecisions published) {
        return new Outbox<>("decisions", store, sender, clock, published);
    }
}
