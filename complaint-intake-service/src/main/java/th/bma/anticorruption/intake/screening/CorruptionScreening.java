package th.bma.anticorruption.intake.screening;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * Decides whether a channel record is about corruption or official misconduct: one of the channel's own categories
 * ({@code ทุจริต}, {@code กรุงเทพโปร่งใส}) or a lexicon term found as whole words in the text. A word inside a
 * longer word does not count ({@code โกง} is not in {@code โกงกาง}, a mangrove).
 * <p>
 * Segmenting Thai text is the costly part, and most Traffy tickets are not about corruption: a text that does not
 * even contain the first word of any term as a substring cannot contain the term as whole words, so it is out of
 * scope without being segmented. Only texts that pass this prefilter are segmented and matched on word boundaries.
 */
public class CorruptionScreening {

    private final ScreeningLexicon lexicon;
    private final List<String> firstWords;

    public CorruptionScreening(ScreeningLexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> first = new LinkedHashSet<>();
        lexicon.terms().forEach(term -> first.add(term.words().get(0)));
        this.firstWords = List.copyOf(first);
    }

    public ScreeningVerdict screen(Collection<String> categories, String text) {
        for (String category : categories == null ? List.<String>of() : categories) {
            if (lexicon.inScopeCategories().contains(ThaiText.normalise(category))) {
                return ScreeningVerdict.inScope("category");
            }
        }
        if (text == null || text.isBlank()) {
            return ScreeningVerdict.outOfScope();
        }
        String normalised = ThaiText.normalise(text);
        if (!mayMentionATerm(normalised.toLowerCase(Locale.ROOT))) {
            return ScreeningVerdict.outOfScope();
        }
        List<String> words = ThaiWords.ofNormalised(normalised);
        for (ScreeningLexicon.Term term : lexicon.terms()) {
            if (Collections.indexOfSubList(words, term.words()) >= 0) {
                return ScreeningVerdict.inScope("term:" + term.reason());
            }
        }
        return ScreeningVerdict.outOfScope();
    }

    private boolean mayMentionATerm(String lowerCaseText) {
        for (String word : firstWords) {
            if (lowerCaseText.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
