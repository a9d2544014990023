package th.bma.anticorruption.contracts;

/**
 * A link to evidence the channel keeps (a Traffy Fondue photo): an http(s) URL the platform stores and shows to
 * officers but never fetches. {@code kind} says whose it is.
 */
public record EvidenceLink(String url, Kind kind) {

    /** Whose evidence a link is. */
    public enum Kind {
        /** What the citizen reported with (Traffy {@code photo}). */
        PHOTO,
        /** What the organisation showed once it acted (Traffy {@code photo_after}, a status update's photos). */
        PHOTO_AFTER
    }
}
