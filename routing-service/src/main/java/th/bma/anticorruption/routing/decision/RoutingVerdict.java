package th.bma.anticorruption.routing.decision;

import java.util.List;

import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RuleReference;

/**
 * Where a complaint goes and why: the line of work with its confidence, the destination, the rule that decided
 * (named in the event) and every rule version consulted on the way, plus the evidence the line of work and the
 * accused's unit rest on. {@code suggestedLineOfWork} is the classifier's line, which an officer's may replace.
 */
public record RoutingVerdict(
        LineOfWork lineOfWork,
        double confidence,
        Destination destination,
        RuleReference rule,
        List<RuleVersion> rulesUsed,
        List<String> evidence,
        LineOfWork suggestedLineOfWork) {
}
