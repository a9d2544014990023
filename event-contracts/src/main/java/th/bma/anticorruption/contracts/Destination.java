package th.bma.anticorruption.contracts;

/**
 * A body a complaint is routed to, with the stable code of the unit directory
 * (e.g. {@code DISTRICT-1007} for the Pathum Wan district office, {@code WG-3} for working group 3).
 */
public record Destination(DestinationKind kind, String code, String nameTh, String nameEn) {
}
