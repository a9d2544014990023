package th.bma.anticorruption.cases.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How two progress notes are compared. A note is normalised before it is compared: Unicode NFKC, Thai digits as
 * ASCII digits, lower case, and only letters, combining marks (Thai vowels and tone marks) and digits kept, so
 * spacing, punctuation, zero-width characters and line breaks make no difference ({@code "ตรวจสอบแล้ว ๑ ราย."} and
 * {@code "ตรวจสอบแล้ว1ราย"} are the same note). A note that normalises to nothing ({@code "-"}, {@code "..."}) says
 * nothing. Only a digest of the normalised note is kept for the comparison.
 */
public final class ProgressNote {

    private ProgressNote() {
    }

    public static String normalise(String note) {
        if (note == null) {
            return "";
        }
        String composed = Normalizer.normalize(note, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                kept.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (Character.isLetter(c) || isMark(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    public static boolean saysNothing(String note) {
        return normalise(note).isEmpty();
    }

    /** SHA-256 of the normalised note, hex. */
    public static String digest(String note) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(note).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
