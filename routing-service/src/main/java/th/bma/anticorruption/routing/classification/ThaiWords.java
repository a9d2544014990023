package th.bma.anticorruption.routing.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words. Thai is written without spaces between words, so a substring search would find ถนน inside
 * unrelated words; ICU's dictionary-based word break finds the words themselves.
 */
public final class ThaiWords {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th", "TH"));

    private ThaiWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(normalised);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(normalised.substring(start, end));
            }
        }
        return words;
    }

    /** Whether {@code phrase} (already split into words) occurs as consecutive words of {@code words}. */
    public static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
