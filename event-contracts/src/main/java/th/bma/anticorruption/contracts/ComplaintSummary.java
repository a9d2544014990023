package th.bma.anticorruption.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The facts of a complaint that travel with it downstream. {@code description} has the complainant's
 * personal data masked; {@code trackingCodeHash} is a keyed hash, never the code itself.
 * {@code receivedAt} is the channel's own timestamp in Bangkok time: it decides the month the complaint counts in.
 */
public record ComplaintSummary(
        Channel channel,
        String channelRecordId,
        OffsetDateTime receivedAt,
        String district,
        List<String> categories,
        String organisation,
        String description,
        GeoPoint location,
        AccusedPerson accused,
        String trackingCodeHash) {
}
