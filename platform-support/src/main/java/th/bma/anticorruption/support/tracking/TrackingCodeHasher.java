package th.bma.anticorruption.support.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tracking codes are 16 digits, stored nowhere in clear: intake publishes only this keyed hash (HMAC-SHA256 with
 * {@code platform.tracking.hash-key}), and case tracking hashes a code a complainant types the same way to find
 * the case. Without the key a leaked hash cannot be brute-forced over the 10^16 codes.
 */
public final class TrackingCodeHasher {

    private final SecretKeySpec key;

    /** @param base64Key at least 32 random bytes, base64; the same key in intake and case tracking */
    public TrackingCodeHasher(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("platform.tracking.hash-key must hold at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The code as a complainant may type it (spaces or dashes between groups), reduced to its 16 digits. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("\\d{16}") ? Optional.of(digits) : Optional.empty();
    }

    public String hash(String code) {
        String digits = normalise(code).orElseThrow(() -> new IllegalArgumentException("not a 16-digit code"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
