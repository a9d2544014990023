package th.bma.anticorruption.intake.validation;

import java.text.Normalizer;

import com.ibm.icu.text.BreakIterator;

/** Thai text as users see it: normalised to NFC, measured in graphemes (a consonant with its vowel and tone marks is one). */
public final class ThaiText {

    private ThaiText() {
    }

    /** NFC and stripped; null stays null. */
    public static String normalise(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    public static int graphemes(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
