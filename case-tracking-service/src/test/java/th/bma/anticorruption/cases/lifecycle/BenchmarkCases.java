package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

import th.bma.anticorruption.cases.deadline.CaseTimingPolicy;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;

/** Internal-track cases for the deadline benchmark. */
public final class BenchmarkCases {

    private BenchmarkCases() {
    }

    /**
     * A case opened straight onto the internal track at {@code reachedInternalTrackAt} (routing's first decision names
     * the ก.ก. office): its 30-day subcommittee clock and the reminders before it run from that instant.
     */
    public static ComplaintCase internalTrack(String complaintId, Instant receivedAt, Instant reachedInternalTrackAt,
            CaseTimingPolicy policy) {
        return ComplaintCase.open("CASE-" + complaintId, complaintId, new ComplaintFacts(Channel.TRAFFY_FONDUE,
                receivedAt, "ปทุมวัน", LineOfWork.CITY_LAW_ENFORCEMENT, null, "masked description",
                "เจ้าพนักงานเทศกิจ", "ชำนาญงาน"), CaseFixtures.decision(1, RoutingKind.INITIAL, CaseFixtures.INTERNAL),
                "event-" + complaintId, reachedInternalTrackAt, policy);
    }
}
