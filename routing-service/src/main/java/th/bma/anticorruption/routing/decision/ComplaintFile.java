package th.bma.anticorruption.routing.decision;

import java.time.Instant;

import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreeningDoubt;

/**
 * What routing keeps per complaint: its facts (for later decisions), the last sequence number handed out, and the
 * current decision's destination (the triage queue is every file {@link #underVerification()}).
 * {@code officerLineOfWork} is the line of work an officer last gave (triage, reroute): later decisions keep it.
 * {@code screeningDoubt} is the doubt intake's screening had of the complaint, until an officer decides on it (triage,
 * reroute): a re-decision by the rules before then still sees it. {@code notCorruption} says the current decision
 * found the complaint not to be about corruption at all ({@code NOT_CORRUPTION}): it stays with the triage's
 * destination, out of the queue.
 */
public record ComplaintFile(
        String complaintId,
        ComplaintSummary complaint,
        long lastSequence,
        long currentSequence,
        Destination currentDestination,
        DestinationKind currentKind,
        LineOfWork lineOfWork,
        double confidence,
        String reasonTh,
        String reasonEn,
        Instant receivedAt,
        LineOfWork officerLineOfWork,
        ScreeningDoubt screeningDoubt,
        boolean notCorruption) {

    /** In the triage queue: an intake officer still has to decide on it. */
    public boolean underVerification() {
        return currentKind == DestinationKind.TRIAGE && !notCorruption;
    }
}
