package th.bma.anticorruption.cases.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.cases.casework.CaseEventStore;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxSender;

/**
 * The case events' outbox, on the platform's: the cases' pending events ({@link CaseEventStore}) sent by the
 * service's outbox sender. The platform's relay sends again what a failed send or a crash left on a case
 * ({@code platform.outbox.*}).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Outbox<ComplaintCase> caseEventsOutbox(CaseEventStore store, OutboxSender sender, Clock clock) {
        return new Outbox<>("cases", store, sender, clock);
    }
}
