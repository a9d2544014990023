package th.bma.anticorruption.contracts;

/**
 * Who the complaint is about, as far as the channel said. Routing decides jurisdiction from
 * {@code positionLevel} (e.g. ชำนาญการ, อาวุโส, ผู้อำนวยการ) and keeps the complaint away from {@code unitCode}.
 * Any field may be null.
 */
public record AccusedPerson(String name, String position, String positionLevel, String unit, String unitCode) {
}
