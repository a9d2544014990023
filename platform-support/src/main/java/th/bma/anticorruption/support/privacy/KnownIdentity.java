package th.bma.anticorruption.support.privacy;

/**
 * What a channel told apart about the complainant (a 1555 caller, an officer's form): masked wherever it appears in
 * the text, in whatever form it is written there. Every value may be null.
 */
public record KnownIdentity(String name, String phone, String nationalId, String email, String lineId) {

    public static final KnownIdentity NONE = new KnownIdentity(null, null, null, null, null);

    /** Never print the values. */
    @Override
    public String toString() {
        return "KnownIdentity[masked]";
    }
}
