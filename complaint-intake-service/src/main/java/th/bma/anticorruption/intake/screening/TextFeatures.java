package th.bma.anticorruption.intake.screening;

import java.util.HashSet;
import java.util.Set;

/**
 * What the learned signal reads in a text: its words (ICU boundaries, as screening cuts them), each pair of
 * neighbouring words, and the character 3- to 6-grams of the text without spaces. Thai is written without spaces and
 * people misspell and split words freely; short runs of letters still match where a word list does not, and a pair
 * keeps some of the order a set of words loses ({@code ไม่|ได้}, {@code ได้|เรียก}). Each feature counts once per
 * text.
 */
final class TextFeatures {

    static final int SHORTEST_GRAM = 3;
    static final int LONGEST_GRAM = 6;

    private TextFeatures() {
    }

    static Set<String> of(String text) {
        ScreenedText words = ScreenedText.of(ScreenedText.fold(text));
        Set<String> features = new HashSet<>();
        for (int i = 0; i < words.words(); i++) {
            String word = words.word(i);
            if (word.codePoints().anyMatch(Character::isLetter)) {
                features.add("w:" + word);
            }
            if (i + 1 < words.words()) {
                features.add("b:" + word + "|" + words.word(i + 1));
            }
        }
        String compact = words.compact();
        for (int n = SHORTEST_GRAM; n <= LONGEST_GRAM; n++) {
            for (int at = 0; at + n <= compact.length(); at++) {
                features.add(compact.substring(at, at + n));
            }
        }
        return features;
    }
}
