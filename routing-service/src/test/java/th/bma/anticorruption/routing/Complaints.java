package th.bma.anticorruption.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import th.bma.anticorruption.contracts.AccusedPerson;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.ScreeningDoubt;

/** Received complaints as intake publishes them, for integration tests; each with a fresh complaint id. */
public final class Complaints {

    private Complaints() {
    }

    public static ComplaintReceived hotline(String text, String district, AccusedPerson accused) {
        return received(new ComplaintSummary(Channel.HOTLINE_1555, "CALL-" + UUID.randomUUID(),
                OffsetDateTime.parse("2026-03-14T10:21:07+07:00"), district, List.of("ทุจริต"), null, text, null,
                accused, "hash"));
    }

    public static ComplaintReceived website(String text) {
        return received(new ComplaintSummary(Channel.WEBSITE, "WEB-" + UUID.randomUUID(),
                OffsetDateTime.parse("2026-04-02T09:00:00+07:00"), null, List.of(), null, text, null, null, "hash"));
    }

    public static ComplaintReceived received(ComplaintSummary complaint) {
        return received(complaint, null);
    }

    /** A complaint intake's screening was unsure of ({@code doubt}; null: sure). */
    public static ComplaintReceived received(ComplaintSummary complaint, ScreeningDoubt doubt) {
        return new ComplaintReceived(UUID.randomUUID(), Instant.now(), "CMP-" + UUID.randomUUID(),
                ComplaintReceived.SCHEMA_VERSION, complaint, doubt);
    }
}
