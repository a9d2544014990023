package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * Splits text into words on real Thai word boundaries (ICU's dictionary-based break iterator: Thai is written
 * without spaces), dropping spaces and punctuation. Latin words are lower-cased. A break iterator is costly to
 * create and not thread-safe, so each thread keeps its own.
 */
public final class ThaiWords {

    private static final ULocale THAI = new ULocale("th", "TH");
    private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    private ThaiWords() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        String normalised = ThaiText.normalise(text);
        List<String> words = new ArrayList<>();
        BreakIterator boundaries = WORDS.get();
        boundaries.setText(normalised);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            if (boundaries.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(normalised.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        boundaries.setText("");
        return words;
    }

    /** The offsets in {@code text} where ICU puts a word boundary, in order, {@code 0} and the length included. */
    static int[] boundaries(String text) {
        BreakIterator iterator = WORDS.get();
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
}
