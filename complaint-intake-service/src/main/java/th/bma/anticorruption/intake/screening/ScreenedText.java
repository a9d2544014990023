package th.bma.anticorruption.intake.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import th.bma.anticorruption.intake.validation.ThaiText;
import th.bma.anticorruption.support.text.ThaiWords;

/**
 * A text as screening reads it: folded ({@link #fold}), without whitespace, and cut into words. A word starts and
 * ends where ICU puts a word boundary and also wherever the text changes between Thai letters, digits, Latin letters
 * and other signs: ICU keeps {@code ชา200บาท} or {@code จนท.ขอ} as one word, a citizen means three. A term is found
 * where it starts and ends on such a boundary, so {@code โกง} is not found in {@code โกงกาง}, and words written with
 * or without spaces between them ({@code รับ เงิน}, {@code รับเงิน}) read the same.
 */
final class ScreenedText {

    private static final int OTHER = 0;
    private static final int THAI = 1;
    private static final int DIGIT = 2;
    private static final int LATIN = 3;

    private final String compact;
    private final boolean[] boundary;
    private final int[] wordStarts;

    private ScreenedText(String compact, boolean[] boundary) {
        this.compact = compact;
        this.boundary = boundary;
        int count = 0;
        for (int i = 0; i < compact.length(); i++) {
            count += boundary[i] ? 1 : 0;
        }
        this.wordStarts = new int[count];
        for (int i = 0, w = 0; i < compact.length(); i++) {
            if (boundary[i]) {
                wordStarts[w++] = i;
            }
        }
    }

    /**
     * NFC, lower case, and the two ways people commonly mistype Thai merged into the usual form: sara am typed as
     * nikhahit + sara aa ({@code น้ํา}), and a vowel or tone mark typed twice ({@code ทีี่}).
     */
    static String fold(String text) {
        String normalised = ThaiText.normalise(text).toLowerCase(Locale.ROOT);
        StringBuilder folded = null;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean doubledMark = i > 0 && isThaiMark(c) && normalised.charAt(i - 1) == c;
            boolean nikhahitAa = c == '\u0E4D' && saraAaAfter(normalised, i) > 0;
            if (folded == null && (doubledMark || nikhahitAa)) {
                folded = new StringBuilder(normalised.length()).append(normalised, 0, i);
            }
            if (folded == null || doubledMark) {
                continue;
            }
            if (nikhahitAa) {
                int aa = saraAaAfter(normalised, i);
                folded.append(normalised, i + 1, aa).append('\u0E33');
                i = aa;
            } else {
                folded.append(c);
            }
        }
        return folded == null ? normalised : folded.toString();
    }

    /** The folded text without spaces: what terms are first looked for in, as plain substrings. */
    static String withoutSpaces(String folded) {
        StringBuilder compact = null;
        for (int i = 0; i < folded.length(); i++) {
            boolean space = isSpace(folded.charAt(i));
            if (space && compact == null) {
                compact = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (!space && compact != null) {
                compact.append(folded.charAt(i));
            }
        }
        return compact == null ? folded : compact.toString();
    }

    /** Segments a folded text (costly: ICU's dictionary). */
    static ScreenedText of(String folded) {
        int[] icu = ThaiWords.boundaries(folded);
        StringBuilder compact = new StringBuilder(folded.length());
        boolean[] boundary = new boolean[folded.length() + 1];
        int next = 0;
        int previous = OTHER - 1;
        for (int i = 0; i < folded.length(); i++) {
            while (next < icu.length && icu[next] <= i) {
                boundary[compact.length()] = icu[next++] == i || boundary[compact.length()];
            }
            char c = folded.charAt(i);
            if (isSpace(c)) {
                boundary[compact.length()] = true;
                continue;
            }
            int kind = kindOf(folded, i);
            if (kind != previous) {
                boundary[compact.length()] = true;
            }
            compact.append(c);
            previous = kind;
        }
        boundary[compact.length()] = true;
        return new ScreenedText(compact.toString(), boundary);
    }

    int words() {
        return wordStarts.length;
    }

    /** Word {@code index} of the text, as written (folded, without spaces). */
    String word(int index) {
        int end = index + 1 < wordStarts.length ? wordStarts[index + 1] : compact.length();
        return compact.substring(wordStarts[index], end);
    }

    /** The folded text without spaces. */
    String compact() {
        return compact;
    }

    /** Where a term (folded, without spaces) occurs as whole words, as word spans, in order. */
    List<Span> occurrences(String term) {
        List<Span> found = new ArrayList<>(2);
        for (int at = compact.indexOf(term); at >= 0; at = compact.indexOf(term, at + 1)) {
            int end = at + term.length();
            if (boundary[at] && boundary[end]) {
                found.add(new Span(wordAt(at), wordAt(end) - 1));
            }
        }
        return found;
    }

    /** Every number written in the text (Arabic or Thai digits, with separators), as word spans. */
    List<Span> numbers() {
        List<Span> found = new ArrayList<>(2);
        int i = 0;
        while (i < compact.length()) {
            if (!Character.isDigit(compact.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < compact.length() && kindOf(compact, i) == DIGIT) {
                i++;
            }
            found.add(new Span(wordAt(start), wordAt(i) - 1));
        }
        return found;
    }

    /** The index of the word that starts at or contains {@code offset}; the word count at the end. */
    private int wordAt(int offset) {
        if (offset >= compact.length()) {
            return wordStarts.length;
        }
        int found = Arrays.binarySearch(wordStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static int kindOf(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if ((c == ',' || c == '.') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
            return DIGIT;
        }
        if (c >= '\u0E01' && c <= '\u0E5B') {
            return THAI;
        }
        return Character.isLetter(c) ? LATIN : OTHER;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static boolean isThaiMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** The offset of sara aa after a nikhahit at {@code i}, allowing one tone mark between; -1 if none. */
    private static int saraAaAfter(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) >= '\u0E48' && text.charAt(j) <= '\u0E4B') {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\u0E32' ? j : -1;
    }

    /** Words {@code first} to {@code last} (inclusive) of a screened text. */
    record Span(int first, int last) {

        /** How many words this span shares with {@code other}; 0 if none. */
        int overlapWith(Span other) {
            return Math.max(0, Math.min(last, other.last) - Math.max(first, other.first) + 1);
        }

        /** Whether every word of {@code other} is a word of this span. */
        boolean contains(Span other) {
            return first <= other.first && other.last <= last;
        }

        /** How many words lie between this span and {@code other}; 0 if they touch or overlap. */
        int distanceTo(Span other) {
            return Math.max(0, Math.max(other.first - last, first - other.last) - 1);
        }
    }
}
