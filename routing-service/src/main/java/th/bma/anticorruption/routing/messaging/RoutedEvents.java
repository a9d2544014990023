package th.bma.anticorruption.routing.messaging;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.routing.decision.DecisionPublisher;
import th.bma.anticorruption.support.messaging.EventPublisher;

/** Publishes routing decisions on {@code complaints.routed.v1} (binding {@value #BINDING}), keyed by complaint id. */
@Component
public class RoutedEvents implements DecisionPublisher {

    public static final String BINDING = "complaintRouted-out-0";

    private final EventPublisher publisher;

    public RoutedEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(ComplaintRouted event) {
        if (!publisher.publish(BINDING, event)) {
            throw new IllegalStateException("The binder did not accept decision " + event.eventId());
        }
    }
}
