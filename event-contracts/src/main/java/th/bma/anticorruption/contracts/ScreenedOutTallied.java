package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * How many channel records of one channel and one Bangkok month a bulk import screened out for the first time: the
 * CSV import's replacement for one {@link ComplaintScreenedOut} per ticket (out-of-scope tickets are counted, not
 * tracked). Intake keeps the exact set of channel keys it has seen, so a re-import or a growing dump counts each
 * ticket once; consumers count each tally once by {@link #eventId()} (a tally relayed after a crash keeps its id).
 * Key {@code channel:month}.
 *
 * @param month the Bangkok month of the records' channel timestamps, {@code yyyy-MM}
 * @param count records newly screened out, at least 1
 */
public record ScreenedOutTallied(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        Channel channel,
        String month,
        long count) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return channel + ":" + month;
    }
}
