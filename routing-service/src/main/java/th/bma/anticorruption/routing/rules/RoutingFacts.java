package th.bma.anticorruption.routing.rules;

import java.util.Set;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * What rules look at: the accused's position level and title (normalised, may be null), the line of work with its
 * confidence, and the topics found.
 */
public record RoutingFacts(String positionLevel, String position, LineOfWork lineOfWork, double confidence,
        Set<String> topics) {
}
