package th.bma.anticorruption.load.generator;

import th.bma.anticorruption.contracts.BangkokDistrict;
import th.bma.anticorruption.contracts.Channel;

/**
 * One channel record as it goes to intake: where to send it, its JSON body, and what the platform should make of
 * it. {@code channelRecordId} is the record's own id on its channel (Traffy ticket id, 1555 call id, officer's
 * reference), unique per generator run; {@code inScope} is false only for Traffy tickets not about corruption,
 * which intake answers {@code 200 {"outOfScope": true}} instead of opening a complaint.
 */
public record IntakeRequest(IntakeEndpoint endpoint, Channel channel, String channelRecordId,
        BangkokDistrict district, boolean inScope, String body) {

    @Override
    public String toString() {
        return "IntakeRequest[" + channel + ":" + channelRecordId + "]";
    }
}
