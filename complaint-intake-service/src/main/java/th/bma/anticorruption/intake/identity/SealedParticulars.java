package th.bma.anticorruption.intake.identity;

/**
 * What is sealed for one complaint: the complainant's identity and the channel's original, unmasked text (which
 * may hold phone, id and house numbers). Only a confidentiality officer's audited reveal opens it.
 */
public record SealedParticulars(String name, String phone, String nationalId, String email, String lineId,
        boolean anonymous, String originalDescription) {

    public static SealedParticulars of(ComplainantIdentity identity, String originalDescription) {
        ComplainantIdentity who = identity == null ? ComplainantIdentity.NONE : identity;
        return new SealedParticulars(who.name(), who.phone(), who.nationalId(), who.email(), who.lineId(),
                who.anonymous(), originalDescription);
    }

    @Override
    public String toString() {
        return "SealedParticulars[sealed]";
    }
}
