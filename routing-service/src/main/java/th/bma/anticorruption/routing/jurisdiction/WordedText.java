package th.bma.anticorruption.routing.jurisdiction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import th.bma.anticorruption.routing.directory.Directory;

/**
 * A complaint's text split into words by ICU4J's Thai word break, kept as one string without white space
 * ({@link #compact()}, the form {@link Directory#mentionsIn} reads) with every word's offsets. A phrase is found only
 * where it starts and ends on word boundaries, however ICU splits the phrase inside, so {@code ภาษี} is not found in
 * {@code ภาษีเจริญ}. A sentence ends at a line break or at {@code . ! ? ;}; windows around a word never cross one.
 */
final class WordedText {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th", "TH"));
    /** Phrases as compared; they come from the lexicon and the rule table's levels, so the map stays small. */
    private static final Map<String, String> COMPARED = new ConcurrentHashMap<>();

    private final String compact;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentences;

    private WordedText(String compact, List<int[]> words, List<Integer> sentences) {
        this.compact = compact;
        this.starts = words.stream().mapToInt(w -> w[0]).toArray();
        this.ends = words.stream().mapToInt(w -> w[1]).toArray();
        this.sentences = sentences.stream().mapToInt(Integer::intValue).toArray();
    }

    static WordedText of(String text, Map<String, String> abbreviations) {
        String expanded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> abbreviation : abbreviations.entrySet()) {
            expanded = expanded.replace(abbreviation.getKey(), abbreviation.getValue());
        }
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(expanded);
        StringBuilder compact = new StringBuilder();
        List<int[]> words = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        int sentence = 0;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String piece = expanded.substring(start, end);
            if (piece.isBlank()) {
                sentence += piece.indexOf('\n') >= 0 ? 1 : 0;
                continue;
            }
            words.add(new int[] {compact.length(), compact.length() + piece.length()});
            sentences.add(sentence);
            compact.append(piece);
            if (piece.length() == 1 && ".!?;".indexOf(piece.charAt(0)) >= 0) {
                sentence++;
            }
        }
        return new WordedText(compact.toString(), words, sentences);
    }

    String compact() {
        return compact;
    }

    int size() {
        return starts.length;
    }

    /** Every occurrence of a phrase on word boundaries, as word ranges. */
    List<Span> find(String phrase) {
        String target = COMPARED.computeIfAbsent(phrase, p -> Directory.normalise(p).toLowerCase(Locale.ROOT));
        List<Span> spans = new ArrayList<>();
        if (target.isEmpty()) {
            return spans;
        }
        for (int at = compact.indexOf(target); at >= 0; at = compact.indexOf(target, at + 1)) {
            int first = Arrays.binarySearch(starts, at);
            int last = Arrays.binarySearch(ends, at + target.length());
            if (first >= 0 && last >= 0) {
                spans.add(new Span(first, last + 1, phrase));
            }
        }
        return spans;
    }

    /** The words a character range of {@link #compact()} covers (at least one). */
    Span spanOfChars(int start, int end, String text) {
        int first = 0;
        while (first < size() - 1 && ends[first] <= start) {
            first++;
        }
        int last = first;
        while (last < size() - 1 && starts[last + 1] < end) {
            last++;
        }
        return new Span(first, last + 1, text);
    }

    /** Whether two words (indexes, clamped to the text) are in the same sentence. */
    boolean sameSentence(int a, int b) {
        return sentences[Math.max(0, Math.min(a, size() - 1))] == sentences[Math.max(0, Math.min(b, size() - 1))];
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive), and the phrase found there. */
    record Span(int from, int to, String phrase) {

        boolean overlaps(Span other) {
            return from < other.to && other.from < to;
        }

        boolean contains(Span other) {
            return from <= other.from && other.to <= to;
        }
    }
}
