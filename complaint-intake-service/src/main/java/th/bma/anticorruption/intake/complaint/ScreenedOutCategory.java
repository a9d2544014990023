package th.bma.anticorruption.intake.complaint;

import java.util.regex.Pattern;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * The category a screened-out 1555 call is counted under: the operator's category label (such as {@code ถนน} or
 * {@code น้ำท่วม}), normalised to NFC with its spaces collapsed. A label longer than {@value #MAX_GRAPHEMES}
 * graphemes, or holding a digit or an {@code @}, is not a plain category but typed text that may name or reach a
 * person (a telephone or ID number, an address): such a call is counted without a category, the text goes nowhere.
 */
final class ScreenedOutCategory {

    static final int MAX_GRAPHEMES = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ScreenedOutCategory() {
    }

    /** The label to count {@code complaint} under, or null (another channel, no category, not a plain label). */
    static String of(IncomingComplaint complaint) {
        if (complaint.channel() != Channel.HOTLINE_1555 || complaint.categories() == null
                || complaint.categories().isEmpty()) {
            return null;
        }
        String label = ThaiText.normalise(complaint.categories().get(0));
        if (label == null) {
            return null;
        }
        label = SPACES.matcher(label).replaceAll(" ");
        boolean plain = !label.isEmpty() && ThaiText.graphemes(label) <= MAX_GRAPHEMES
                && label.codePoints().noneMatch(c -> Character.isDigit(c) || c == '@');
        return plain ? label : null;
    }
}
