package th.bma.anticorruption.routing.decision;

import java.time.Instant;
import java.util.UUID;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;

/**
 * Builds {@link ComplaintRouted} events from verdicts; the disposition follows the destination's kind, except that a
 * complaint found not to be about corruption at all is done with where it stands ({@code COMPLETED}).
 */
final class DecisionEvents {

    private DecisionEvents() {
    }

    static ComplaintRouted routed(UUID eventId, Instant at, String complaintId, UUID causationEventId, long sequence,
            RoutingKind kind, ComplaintSummary complaint, RoutingVerdict verdict, String decidedBy, String note) {
        return new ComplaintRouted(eventId, at, complaintId, ComplaintRouted.SCHEMA_VERSION, causationEventId,
                sequence, kind, complaint, verdict.lineOfWork(), verdict.confidence(),
                kind == RoutingKind.NOT_CORRUPTION ? Disposition.COMPLETED
                        : Disposition.forDestination(verdict.destination().kind()),
                verdict.destination(), verdict.rule(),
                decidedBy, note, verdict.suggestedLineOfWork());
    }
}
