package th.bma.anticorruption.cases.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.bma.anticorruption.cases.casework.CaseRouting;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.ComplaintRouted;

/**
 * The inputs of case tracking (functional bindings; retries, back-off and dead-letter topics in application.yml):
 * {@code complaintRouted-in-0} from complaints.routed.v1 and {@code channelStatusUpdated-in-0} from
 * complaints.channel-status-updated.v1, both in consumer group case-tracking-service.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventBindings {

    @Bean
    Consumer<ComplaintRouted> complaintRouted(CaseRouting routing) {
        return routing::apply;
    }

    @Bean
    Consumer<ComplaintChannelStatusUpdated> channelStatusUpdated(CaseRouting routing) {
        return routing::apply;
    }
}
