package th.bma.anticorruption.routing.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.routing.decision.ComplaintRouting;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;
import th.bma.anticorruption.support.messaging.ReceivedBatch;
import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka edge: {@code routeComplaint} consumes {@code complaints.received.v1} a poll at a time (group
 * {@code routing-service}, batch mode). Each complaint is decided in memory under the trace its record carries, the
 * batch's decisions are stored with bulk writes ({@link ComplaintRouting#keepInitial}), their events sent on
 * {@code complaints.routed.v1} together and awaited once, and only then marked published and the poll's offsets
 * committed. A record that cannot be read or routed goes alone to {@code complaints.received.v1.dlt} while the
 * records before it are applied and those after it delivered again; a failure of the store or the broker delivers
 * the whole poll again, and the redelivery republishes the stored decisions unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class RoutingBindings {

    private static final Logger log = LoggerFactory.getLogger(RoutingBindings.class);

    @Bean
    Consumer<Message<List<byte[]>>> routeComplaint(ComplaintRouting routing, EventBatchPublisher publisher,
            JsonMapper json, MeterRegistry meters) {
        return message -> {
            ReceivedBatch.Read<RoutingDecision> decided = ReceivedBatch.of(message)
                    .read(json, ComplaintReceived.class, ComplaintRouting::validate)
                    .then(item -> decide(routing, item, meters));
            List<RoutingDecision> decisions = routing.keepInitial(decided.events());
            publisher.publishAll(decisions.stream().map(decision -> new EventBatchPublisher.Outgoing(
                    RoutedEvents.BINDING, decision.event(), decision.traceparent())).toList());
            routing.published(decisions);
            decisions.forEach(decision -> count(decision.event(), meters));
            decided.throwIfPoisoned();
        };
    }

    private static RoutingDecision decide(ComplaintRouting routing, ReceivedBatch.Item<ComplaintReceived> item,
            MeterRegistry meters) {
        // The decision keeps the trace of the record that brought the complaint; its event continues it.
        try (Scope trace = TraceParent.resume(item.traceparent())) {
            return meters.timer("routing.decide").record(() -> routing.decideInitially(item.event()));
        }
    }

    private static void count(ComplaintRouted routed, MeterRegistry meters) {
        meters.counter("routing.decisions.published", "kind", routed.kind().name(), "disposition",
                routed.disposition().name(), "rule", routed.rule().ruleId(), "channel",
                routed.complaint().channel().name()).increment();
        log.debug("Complaint {} routed to {} ({}) by rule {} v{}", routed.complaintId(), routed.destination().code(),
                routed.disposition(), routed.rule().ruleId(), routed.rule().ruleVersion());
    }
}
