package th.bma.anticorruption.intake.validation;

import java.text.Normalizer;

import com.ibm.icu.text.BreakIterator;

/** Thai text as users see it: normalised to NFC, measured in graphemes (a consonant with its vowel and tone marks is one). */
public final class ThaiText {

    private static final ThreadLocal<BreakIterator> GRAPHEMES = ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    private ThaiText() {
    }

    /** NFC and stripped; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        // Most text arrives in NFC already: checking is much cheaper than normalising.
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip();
    }

    public static int graphemes(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator characters = GRAPHEMES.get();
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        characters.setText("");
        return count;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
