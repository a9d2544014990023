package th.bma.anticorruption.contracts;

import java.util.List;

/**
 * What a channel status carries beyond the state itself. {@code closed}: the state ends the ticket at the channel
 * (Traffy {@code finish} or {@code irrelevant}). {@code backfilled}: the state an imported record had when its import
 * opened the complaint, so a closed one opens the case closed; a live status update never closes a case.
 * {@code countReopen}: how often the channel reopened the ticket, when it says. {@code evidence}: links, never fetched.
 */
public record ChannelStatusDetails(
        boolean closed,
        boolean backfilled,
        Integer countReopen,
        List<EvidenceLink> evidence) {
}
