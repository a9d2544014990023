package th.bma.anticorruption.intake.identity;

import java.util.stream.Stream;

import th.bma.anticorruption.support.privacy.KnownIdentity;

/**
 * Who complained, as the channel gave it. Never leaves intake in clear: sealed at rest, masked in the text.
 * Every field may be null; {@code anonymous} means the complainant asked not to be named.
 */
public record ComplainantIdentity(String name, String phone, String nationalId, String email, String lineId,
        boolean anonymous) {

    public static final ComplainantIdentity NONE = new ComplainantIdentity(null, null, null, null, null, false);

    public boolean isEmpty() {
        return Stream.of(name, phone, nationalId, email, lineId).allMatch(v -> v == null || v.isBlank());
    }

    /** The values the masker looks for in the text; none for no identity. */
    public static KnownIdentity knownOf(ComplainantIdentity identity) {
        return identity == null ? KnownIdentity.NONE : new KnownIdentity(identity.name(), identity.phone(),
                identity.nationalId(), identity.email(), identity.lineId());
    }

    /** Never print the values. */
    @Override
    public String toString() {
        return "ComplainantIdentity[sealed]";
    }
}
