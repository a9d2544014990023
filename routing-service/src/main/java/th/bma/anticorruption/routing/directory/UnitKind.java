package th.bma.anticorruption.routing.directory;

import th.bma.anticorruption.contracts.DestinationKind;

/** What kind of body a directory entry is, and what kind of destination a complaint routed to it has. */
public enum UnitKind {
    DISTRICT_OFFICE(DestinationKind.UNIT),
    DISTRICT_GROUP(DestinationKind.UNIT),
    BUREAU(DestinationKind.UNIT),
    WORKING_GROUP(DestinationKind.WORKING_GROUP),
    NACC(DestinationKind.NACC),
    PACC(DestinationKind.PACC),
    /** The ก.ก. office: preliminary check, then the secret fact-finding subcommittee. */
    INTERNAL_TRACK(DestinationKind.INTERNAL_TRACK),
    /** ศตท.กทม.: handles what is escalated to it as the responsible BMA unit; it also keeps the triage queue. */
    CENTRE(DestinationKind.UNIT);

    private final DestinationKind destinationKind;

    UnitKind(DestinationKind destinationKind) {
        this.destinationKind = destinationKind;
    }

    public DestinationKind destinationKind() {
        return destinationKind;
    }
}
