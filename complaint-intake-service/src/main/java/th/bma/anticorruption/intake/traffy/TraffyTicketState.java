package th.bma.anticorruption.intake.traffy;

import java.time.OffsetDateTime;
import java.util.List;

import th.bma.anticorruption.contracts.EvidenceLink;

/**
 * What a Traffy record says about the ticket itself, beside the complaint: its state (a CSV row's {@code state}, a
 * new issue's implied {@code start}) with the label the channel used, when the ticket was last active in that state,
 * how often it was reopened, and its photos. Any part may be absent.
 */
public record TraffyTicketState(TraffyState state, String label, OffsetDateTime at, Integer countReopen,
        List<EvidenceLink> photos) {

    /** Whether there is anything to put on the case. */
    public boolean isEmpty() {
        return state == null && countReopen == null && photos.isEmpty();
    }
}
