package th.bma.anticorruption.routing.decision;

import th.bma.anticorruption.contracts.ComplaintRouted;

/** Publishes a stored decision; throws if the broker did not take it. */
public interface DecisionPublisher {

    void publish(ComplaintRouted event);
}
