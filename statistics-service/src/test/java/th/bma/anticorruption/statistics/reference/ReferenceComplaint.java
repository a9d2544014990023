package th.bma.anticorruption.statistics.reference;

import java.time.OffsetDateTime;
import java.util.List;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * One complaint of the reference months: received by a channel at a Bangkok time, in a line of work and district
 * (null when the channel gives none), then moved through {@code dispositions} in order; the last one is current.
 */
public record ReferenceComplaint(String complaintId, Channel channel, OffsetDateTime receivedAt,
        LineOfWork lineOfWork, String district, List<Disposition> dispositions) {

    public ReferenceComplaint {
        dispositions = List.copyOf(dispositions);
        if (dispositions.isEmpty()) {
            throw new IllegalArgumentException("a complaint has at least one disposition");
        }
    }

    public Disposition currentDisposition() {
        return dispositions.get(dispositions.size() - 1);
    }
}
