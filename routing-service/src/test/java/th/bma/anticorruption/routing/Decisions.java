package th.bma.anticorruption.routing;

import java.time.Instant;
import java.util.UUID;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.RuleReference;

/** Routing decisions made up for tests of what is stored and sent, each with a fresh event id. */
public final class Decisions {

    private Decisions() {
    }

    /** An initial decision, made at {@code at}, that sends the complaint to Bang Rak's district office. */
    public static ComplaintRouted toBangRak(String complaintId, Instant at, ComplaintSummary complaint,
            double confidence) {
        return new ComplaintRouted(UUID.randomUUID(), at, complaintId, ComplaintRouted.SCHEMA_VERSION,
                UUID.randomUUID(), 1, RoutingKind.INITIAL, complaint, LineOfWork.OTHER, confidence,
                Disposition.FORWARDED_TO_UNIT,
                new Destination(DestinationKind.UNIT, "DISTRICT-1004", "สำนักงานเขตบางรัก", "Bang Rak District Office"),
                new RuleReference("RESPONSIBLE-UNIT", 1, "ส่งหน่วยงานที่รับผิดชอบ", "Responsible unit"),
                "routing-service", null, LineOfWork.OTHER);
    }
}
