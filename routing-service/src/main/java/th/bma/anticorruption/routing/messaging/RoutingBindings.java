package th.bma.anticorruption.routing.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.routing.decision.ComplaintRouting;
import th.bma.anticorruption.routing.decision.RoutingDecision;

/**
 * The Kafka edge: {@code routeComplaint} consumes {@code complaints.received.v1} (group {@code routing-service},
 * retries with back-off, then {@code complaints.received.v1.dlt}) and publishes the decision on
 * {@code complaints.routed.v1}. The publish waits for the broker; if it fails the delivery is retried and republishes
 * the stored decision.
 */
@Configuration(proxyBeanMethods = false)
public class RoutingBindings {

    private static final Logger log = LoggerFactory.getLogger(RoutingBindings.class);

    @Bean
    Consumer<ComplaintReceived> routeComplaint(ComplaintRouting routing, RoutedEvents routedEvents,
            MeterRegistry meters) {
        return received -> {
            RoutingDecision decision = meters.timer("routing.decide").record(() -> routing.routeReceived(received));
            ComplaintRouted routed = decision.event();
            routedEvents.publish(routed);
            routing.published(decision);
            meters.counter("routing.decisions.published", "kind", routed.kind().name(), "disposition",
                    routed.disposition().name(), "rule", routed.rule().ruleId(), "channel",
                    routed.complaint().channel().name()).increment();
            log.info("Complaint {} routed to {} ({}) by rule {} v{}", routed.complaintId(),
                    routed.destination().code(), routed.disposition(), routed.rule().ruleId(),
                    routed.rule().ruleVersion());
        };
    }
}
