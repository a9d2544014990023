package th.bma.anticorruption.routing.messaging;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxProperties;
import th.bma.anticorruption.support.outbox.OutboxRelay;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The decisions' outbox, on the platform's: the stored decisions ({@link DecisionOutboxStore}) announced by the
 * service's outbox sender, and the relay that sends again, every {@code platform.outbox.relay-interval}, the events
 * of decisions left unacknowledged (a refused send, a crash) for longer than {@code platform.outbox.grace}
 * ({@code platform.outbox.batches} decisions a pass at most).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Outbox<RoutingDecision> decisionsOutbox(DecisionOutboxStore store, OutboxSender sender, Clock clock) {
        return new Outbox<>("decisions", store, sender, clock);
    }

    @Bean
    OutboxRelay outboxRelay(Outbox<RoutingDecision> decisionsOutbox, OutboxProperties properties) {
        return new OutboxRelay(List.of(decisionsOutbox), properties.schedule());
    }
}
