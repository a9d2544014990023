package th.bma.anticorruption.cases.messaging;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.cases.casework.CaseEventStore;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxProperties;
import th.bma.anticorruption.support.outbox.OutboxRelay;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The case events' outbox, on the platform's: the cases' pending events ({@link CaseEventStore}) sent by the
 * service's outbox sender, and the relay that sends again, every {@code platform.outbox.relay-interval}, what a failed
 * send or a crash left on a case for longer than {@code platform.outbox.grace} ({@code platform.outbox.batches} cases
 * a pass at most).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Outbox<ComplaintCase> caseEventsOutbox(CaseEventStore store, OutboxSender sender, Clock clock) {
        return new Outbox<>("cases", store, sender, clock);
    }

    @Bean
    OutboxRelay outboxRelay(Outbox<ComplaintCase> caseEventsOutbox, OutboxProperties properties) {
        return new OutboxRelay(List.of(caseEventsOutbox), properties.schedule());
    }
}
