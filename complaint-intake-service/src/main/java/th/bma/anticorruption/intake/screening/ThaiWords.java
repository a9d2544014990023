package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * Splits text into words on real Thai word boundaries (ICU's dictionary-based break iterator: Thai is written
 * without spaces), dropping spaces and punctuation. Latin words are lower-cased.
 */
public final class ThaiWords {

    private static final ULocale THAI = new ULocale("th", "TH");

    private ThaiWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String normalised = ThaiText.normalise(text);
        BreakIterator boundaries = BreakIterator.getWordInstance(THAI);
        boundaries.setText(normalised);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            if (boundaries.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(normalised.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
