package th.bma.anticorruption.cases.lifecycle;

import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;

/**
 * A routing decision as the case keeps it: which rule, why, how sure, and its place in the sequence of decisions;
 * the line of work in force after it (an officer's when one gave it) and the one routing's classifier suggested
 * (either may be null in decisions from before they were carried).
 */
public record RoutingDecision(long sequence, RoutingKind kind, Destination destination, Disposition disposition,
        String ruleId, int ruleVersion, String reasonTh, String reasonEn, double confidence, String decidedBy,
        LineOfWork lineOfWork, LineOfWork suggestedLineOfWork) {
}
