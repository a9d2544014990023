package th.bma.anticorruption.routing.decision;

import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;

/**
 * The disposition the monthly report counts follows from the kind of body a complaint went to. The internal track
 * (the ก.ก. office) is itself a BMA unit, so the report counts it as forwarded to a unit.
 */
public final class Dispositions {

    private Dispositions() {
    }

    public static Disposition of(DestinationKind kind) {
        switch (kind) {
            case UNIT:
            case INTERNAL_TRACK:
                return Disposition.FORWARDED_TO_UNIT;
            case WORKING_GROUP:
                return Disposition.FORWARDED_TO_WORKING_GROUP;
            case NACC:
                return Disposition.REFERRED_TO_NACC;
            case PACC:
                return Disposition.REFERRED_TO_PACC;
            case TRIAGE:
                return Disposition.UNDER_VERIFICATION;
            default:
                throw new IllegalArgumentException("No disposition for " + kind);
        }
    }
}
