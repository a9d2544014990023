package th.bma.anticorruption.intake.screening;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Thai word boundaries from ICU's dictionary-based break iterator (Thai is written without spaces). A break iterator
 * is costly to create and not thread-safe, so each thread keeps its own.
 */
final class ThaiWords {

    private static final ULocale THAI = new ULocale("th", "TH");
    private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    private ThaiWords() {
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
