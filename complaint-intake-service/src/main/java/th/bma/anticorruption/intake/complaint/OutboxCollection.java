package th.bma.anticorruption.intake.complaint;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.Topics;

/**
 * The collections whose documents carry the event to publish about them (their own outbox): each document holds
 * its event, with the event id fixed at insertion, and {@code published=false} until the broker acknowledged it.
 */
public enum OutboxCollection {

    COMPLAINTS("complaints", IntakeBindings.COMPLAINT_RECEIVED, Topics.COMPLAINTS_RECEIVED, ComplaintReceived.class),
    SCREENED_OUT("screenedOutRecords", IntakeBindings.COMPLAINT_SCREENED_OUT, Topics.COMPLAINTS_SCREENED_OUT,
            ComplaintScreenedOut.class);

    private final String collection;
    private final String binding;
    private final String topic;
    private final Class<? extends IntegrationEvent> eventType;

    OutboxCollection(String collection, String binding, String topic, Class<? extends IntegrationEvent> eventType) {
        this.collection = collection;
        this.binding = binding;
        this.topic = topic;
        this.eventType = eventType;
    }

    public String collection() {
        return collection;
    }

    public String binding() {
        return binding;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IntegrationEvent> eventType() {
        return eventType;
    }
}
