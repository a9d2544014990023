package th.bma.anticorruption.intake.complaint;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.contracts.Topics;

/**
 * The collections whose documents carry the event to publish about them (their own outbox): each document holds
 * its event, with the event id fixed at insertion; which still wait for the broker is kept in {@link PendingEvents}.
 * {@link #SCREENED_OUT} holds screened-out records kept one document each before they were kept per batch
 * ({@link ScreenedOutTallies}): nothing new is written there, what it still announces is relayed.
 */
public enum OutboxCollection {

    COMPLAINTS("complaints", Topics.COMPLAINTS_RECEIVED, ComplaintReceived.class),
    SCREENED_OUT("screenedOutRecords", Topics.COMPLAINTS_SCREENED_OUT,
            ComplaintScreenedOut.class);

    private final String collection;
    private final String topic;
    private final Class<? extends IntegrationEvent> eventType;

    OutboxCollection(String collection, String topic, Class<? extends IntegrationEvent> eventType) {
        this.collection = collection;
        this.topic = topic;
        this.eventType = eventType;
    }

    public String collection() {
        return collection;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IntegrationEvent> eventType() {
        return eventType;
    }
}
