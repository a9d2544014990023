package th.bma.anticorruption.routing.rules;

import java.util.Set;

import th.bma.anticorruption.contracts.LineOfWork;

/**
 * What rules look at: the accused's position level and title (normalised, may be null), the line of work with its
 * confidence, the topics found, what is known of the accused's unit ({@link AccusedUnitFinding#NONE} if nothing), and
 * whether intake's screening was unsure the complaint is about corruption at all (only its learned signal took it in).
 */
public record RoutingFacts(String positionLevel, String position, LineOfWork lineOfWork, double confidence,
        Set<String> topics, AccusedUnitFinding accusedUnit, boolean screeningDoubted) {

    public RoutingFacts {
        accusedUnit = accusedUnit == null ? AccusedUnitFinding.NONE : accusedUnit;
    }
}
