package th.bma.anticorruption.routing.rules;

import java.text.Normalizer;
import java.util.Collection;

/**
 * Position levels and titles as channels write them: {@code ระดับชำนาญการ}, {@code ชำนาญการ }, or only inside the title
 * ({@code นักวิชาการสุขาภิบาลชำนาญการพิเศษ}). Compared without spaces, in NFC, without a leading ระดับ.
 */
public final class PositionNames {

    private PositionNames() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String compact = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
        compact = compact.startsWith("ระดับ") ? compact.substring("ระดับ".length()) : compact;
        return compact.isEmpty() ? null : compact;
    }

    /**
     * The level a complaint gives, or failing that the longest known level its title ends with
     * ({@code นักวิชาการเงินและบัญชีชำนาญการพิเศษ} → ชำนาญการพิเศษ, not ชำนาญการ).
     */
    public static String levelOf(String positionLevel, String position, Collection<String> knownLevels) {
        String level = normalise(positionLevel);
        if (level != null) {
            return level;
        }
        String title = normalise(position);
        if (title == null) {
            return null;
        }
        String best = null;
        for (String known : knownLevels) {
            if (title.endsWith(known) && (best == null || known.length() > best.length())) {
                best = known;
            }
        }
        return best;
    }
}
