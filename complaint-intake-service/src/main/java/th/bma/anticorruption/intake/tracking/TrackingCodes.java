package th.bma.anticorruption.intake.tracking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import th.bma.anticorruption.support.sealing.SealedFields;
import th.bma.anticorruption.support.sealing.Sealer;
import th.bma.anticorruption.support.tracking.TrackingCodeHasher;

/**
 * Tracking codes: 16 random digits, given once to the channel. Downstream only their keyed hash travels
 * ({@link TrackingCodeHasher}); intake keeps the code itself only sealed with Tink in the complaint document, so a
 * re-pushed record gets the same code back. A code derived from the ticket id instead would let anyone holding
 * the derivation key compute the code of any public Traffy ticket; a random one cannot be computed at all.
 */
public class TrackingCodes {

    private final SecureRandom random = new SecureRandom();
    private final TrackingCodeHasher hasher;
    private final Sealer sealer;

    public TrackingCodes(TrackingCodeHasher hasher, Sealer sealer) {
        this.hasher = hasher;
        this.sealer = sealer;
    }

    public String newCode() {
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    public String hash(String code) {
        return hasher.hash(code);
    }

    public byte[] seal(String code, String complaintId) {
        return sealer.seal(code.getBytes(StandardCharsets.US_ASCII), context(complaintId));
    }

    public String open(byte[] sealed, String complaintId) {
        return new String(sealer.open(sealed, context(complaintId)), StandardCharsets.US_ASCII);
    }

    private static String context(String complaintId) {
        return SealedFields.TRACKING_CODE.of(complaintId);
    }
}
