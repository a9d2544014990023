package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;
import java.util.List;

import th.bma.anticorruption.contracts.EvidenceLink;

/**
 * What one channel status says about the complaint's record, as the case takes it: the status, the evidence links
 * that came with it, and whether it closes the case ({@code closesCase}: an imported record the channel had already
 * finished or closed as irrelevant when its import opened the complaint).
 */
public record ChannelFacts(String type, String label, Instant at, Integer countReopen, List<EvidenceLink> evidence,
        boolean closesCase) {

    public ChannelFacts {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
