package th.bma.anticorruption.support.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words. Thai is written without spaces between words, so a substring search would find ถนน inside
 * unrelated words; ICU's dictionary-based word break finds the words themselves. A break iterator is costly to create
 * and not thread-safe, so each thread keeps its own.
 */
public final class ThaiWords {

    private static final ULocale THAI = new ULocale("th", "TH");
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    private ThaiWords() {
    }

    /**
     * The words of {@code text}, composed (NFC) and lower-cased in the root locale, without the spaces and
     * punctuation between them.
     */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        BreakIterator iterator = ITERATOR.get();
        iterator.setText(normalised);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(normalised.substring(start, end));
            }
        }
        iterator.setText("");
        return words;
    }

    /**
     * The offsets in {@code text} (taken as it is) where ICU puts a word boundary, in order, {@code 0} and the length
     * included.
     */
    public static int[] boundaries(String text) {
        BreakIterator iterator = ITERATOR.get();
        iterator.setText(text);
        int[] found = new int[Math.max(8, text.length() / 2)];
        int count = 0;
        for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[count++] = at;
        }
        iterator.setText("");
        return Arrays.copyOf(found, count);
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
