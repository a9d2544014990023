package th.bma.anticorruption.intake.screening;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * Decides whether a channel record is about corruption or official misconduct: one of the channel's own categories
 * ({@code ทุจริต}, {@code กรุงเทพโปร่งใส}) or a lexicon term found as whole words in the text. A word inside a
 * longer word does not count ({@code โกง} is not in {@code โกงกาง}, a mangrove).
 */
public class CorruptionScreening {

    private final ScreeningLexicon lexicon;

    public CorruptionScreening(ScreeningLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public ScreeningVerdict screen(Collection<String> categories, String text) {
        for (String category : categories == null ? List.<String>of() : categories) {
            if (lexicon.inScopeCategories().contains(ThaiText.normalise(category))) {
                return ScreeningVerdict.inScope("category");
            }
        }
        List<String> words = ThaiWords.of(text);
        for (ScreeningLexicon.Term term : lexicon.terms()) {
            if (Collections.indexOfSubList(words, term.words()) >= 0) {
                return ScreeningVerdict.inScope("term:" + term.reason());
            }
        }
        return ScreeningVerdict.outOfScope();
    }
}
