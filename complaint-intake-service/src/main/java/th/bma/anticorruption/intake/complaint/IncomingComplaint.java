package th.bma.anticorruption.intake.complaint;

import java.time.OffsetDateTime;
import java.util.List;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.GeoPoint;
import th.bma.anticorruption.intake.identity.ComplainantIdentity;

/**
 * A validated channel record, in the channel-independent shape intake registers. {@code description} is still
 * in clear here; {@code receivedAt} is the channel's own time in Bangkok time.
 */
public record IncomingComplaint(
        Channel channel,
        String channelRecordId,
        OffsetDateTime receivedAt,
        String district,
        List<String> categories,
        String organisation,
        String description,
        GeoPoint location,
        AccusedPerson accused,
        ComplainantIdentity complainant) {

    /** channel + its own record id: what makes two pushes the same record. */
    public String channelKey() {
        return channel.name() + ":" + channelRecordId;
    }

    @Override
    public String toString() {
        return "IncomingComplaint[" + channelKey() + "]";
    }
}
