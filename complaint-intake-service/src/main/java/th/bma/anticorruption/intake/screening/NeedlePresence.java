package th.bma.anticorruption.intake.screening;

import java.util.List;

import th.bma.anticorruption.intake.screening.ScreenedText.Span;

/**
 * Which of a rule set's needles occur in one text as plain substrings, each looked up once and only when a rule asks
 * (most texts are decided out of scope after a handful of lookups); and, once the text is segmented, where each
 * occurs as whole words.
 */
final class NeedlePresence {

    private final String compact;
    private final List<String> needles;
    private final byte[] known;
    private List<Span>[] spans;

    NeedlePresence(String compact, List<String> needles) {
        this.compact = compact;
        this.needles = needles;
        this.known = new byte[needles.size()];
    }

    boolean has(int needle) {
        if (known[needle] == 0) {
            known[needle] = present(needles.get(needle)) ? (byte) 1 : (byte) 2;
        }
        return known[needle] == 1;
    }

    @SuppressWarnings("unchecked")
    List<Span> occurrencesOf(int needle, ScreenedText text) {
        if (spans == null) {
            spans = new List[needles.size()];
        }
        if (spans[needle] == null) {
            String term = needles.get(needle);
            spans[needle] = ScreeningRule.NUMBER.equals(term) ? text.numbers() : text.occurrences(term);
        }
        return spans[needle];
    }

    private boolean present(String needle) {
        if (!ScreeningRule.NUMBER.equals(needle)) {
            return compact.contains(needle);
        }
        for (int i = 0; i < compact.length(); i++) {
            if (Character.isDigit(compact.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
