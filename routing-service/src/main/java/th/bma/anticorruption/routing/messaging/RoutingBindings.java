package th.bma.anticorruption.routing.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.routing.decision.ComplaintRouting;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.messaging.ReceivedBatch;
import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka edge: {@code routeComplaint} consumes {@code complaints.received.v1} a poll at a time (group
 * {@code routing-service}, batch mode). Each complaint is decided in memory under the trace its record carries, and
 * the batch's decisions are stored with bulk writes and announced together, their events awaited once
 * ({@link ComplaintRouting#keepInitial}), before the poll's offsets are committed. A record that cannot be read or
 * routed goes alone to {@code complaints.received.v1.dlt} while the records before it are applied and those after it
 * delivered again; a failure of the store delivers the whole poll again, which finds the decisions stored so far and
 * announces them unchanged. An event the broker refused stays with its stored decision for the outbox relay.
 */
@Configuration(proxyBeanMethods = false)
public class RoutingBindings {

    @Bean
    Consumer<Message<List<byte[]>>> routeComplaint(ComplaintRouting routing, JsonMapper json, MeterRegistry meters) {
        return message -> {
            ReceivedBatch.Read<RoutingDecision> decided = ReceivedBatch.of(message)
                    .read(json, ComplaintReceived.class, ComplaintRouting::validate)
                    .then(item -> decide(routing, item, meters));
            routing.keepInitial(decided.events());
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
}
