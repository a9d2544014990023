package th.bma.anticorruption.cases.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.cases.casework.CaseRouting;
import th.bma.anticorruption.cases.casework.InvalidEventException;
import th.bma.anticorruption.contracts.ComplaintChannelStatusUpdated;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.support.messaging.ReceivedBatch;
import th.bma.anticorruption.support.observability.TraceParent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs of case tracking, each a poll at a time (batch-mode functional bindings; retries, back-off and
 * dead-letter topics in application.yml): {@code complaintRouted-in-0} from complaints.routed.v1 and
 * {@code channelStatusUpdated-in-0} from complaints.channel-status-updated.v1, both in consumer group
 * case-tracking-service. Routing's decisions of a poll are applied together ({@link CaseRouting#applyRouted}); channel
 * statuses, far fewer, one by one in order. A record that cannot be read or applied goes alone to its dead-letter
 * topic: the records before it are applied and committed, the records after it delivered again.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventBindings {

    @Bean
    Consumer<Message<List<byte[]>>> complaintRouted(CaseRouting routing, JsonMapper json) {
        return message -> {
            ReceivedBatch.Read<ComplaintRouted> read = ReceivedBatch.of(message)
                    .read(json, ComplaintRouted.class, CaseRouting::validate);
            routing.applyRouted(read.items().stream()
                    .map(item -> new CaseRouting.Delivered<>(item.event(), item.traceparent())).toList());
            read.throwIfPoisoned();
        };
    }

    @Bean
    Consumer<Message<List<byte[]>>> channelStatusUpdated(CaseRouting routing, JsonMapper json) {
        return message -> ReceivedBatch.of(message)
                .read(json, ComplaintChannelStatusUpdated.class, CaseEventBindings::requireIds)
                .then(item -> {
                    try (Scope trace = TraceParent.resume(item.traceparent())) {
                        routing.apply(item.event());
                        return item.event();
                    }
                })
                .throwIfPoisoned();
    }

    private static void requireIds(ComplaintChannelStatusUpdated update) {
        if (update.complaintId() == null || update.eventId() == null) {
            throw new InvalidEventException("ComplaintChannelStatusUpdated without complaintId or eventId");
        }
    }
}
