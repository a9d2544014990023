package th.bma.anticorruption.routing.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.support.outbox.PendingMarkers;

/**
 * The decisions whose event the broker has not acknowledged yet: a marker each in {@code decisions_pending}
 * ({@link PendingMarkers}), written by {@link MongoDecisionStore} before the decision, deleted by
 * {@link DecisionOutboxStore} after the decision's {@code publishedAt} is set, and read by the outbox relay instead of
 * {@code decisions.publishedAt}.
 */
@Configuration(proxyBeanMethods = false)
public class PendingDecisionsConfiguration {

    public static final String COLLECTION = "decisions_pending";
    public static final String EARLIER_DECISIONS_ARMED = "earlier-decisions-armed";

    @Bean
    PendingMarkers pendingDecisions(MongoTemplate mongo) {
        PendingMarkers markers = markers(mongo);
        markers.createIndex();
        return markers;
    }

    /** The markers of decisions, as a process newly started sees them. */
    public static PendingMarkers markers(MongoTemplate mongo) {
        return new PendingMarkers(mongo, COLLECTION, EARLIER_DECISIONS_ARMED);
    }
}
