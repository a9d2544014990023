package th.bma.anticorruption.contracts;

/** WGS84 coordinates as the channel gave them. */
public record GeoPoint(double latitude, double longitude) {
}
