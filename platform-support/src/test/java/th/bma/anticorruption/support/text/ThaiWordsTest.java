package th.bma.anticorruption.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiWordsTest {

    @Test
    void splitsThaiWrittenWithoutSpacesIntoWords() {
        assertThat(ThaiWords.of("ถนนลาดยางพังหมดแล้ว")).startsWith("ถนน").doesNotContain(" ");
        assertThat(String.join("", ThaiWords.of("ถนนลาดยางพังหมดแล้ว"))).isEqualTo("ถนนลาดยางพังหมดแล้ว");
    }

    @Test
    void wordsAreComposedAndLowerCasedWithoutSpacesOrPunctuation() {
        assertThat(ThaiWords.of("Bangkok  PM2.5, ค่าฝุ่น!")).contains("bangkok").doesNotContain(" ", ",", "!");
        assertThat(ThaiWords.of("\u0065\u0301")).containsExactly("\u00e9");
        assertThat(ThaiWords.of("  ")).isEmpty();
        assertThat(ThaiWords.of(null)).isEmpty();
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        // The district ภาษีเจริญ is no tax (ภาษี), and a scratch (ครูด) is no teacher (ครู).
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("ถนนในเขตภาษีเจริญ"), ThaiWords.of("ภาษี"))).isFalse();
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("รถถูกขูดครูด"), ThaiWords.of("ครู"))).isFalse();
        assertThat(ThaiWords.containsPhrase(ThaiWords.of("ถนนลาดยางพังหมดแล้ว"), ThaiWords.of("ถนน"))).isTrue();
    }

    @Test
    void boundariesAreOffsetsInTheTextAsGiven() {
        String text = "ABC ถนน";
        int[] boundaries = ThaiWords.boundaries(text);
        assertThat(boundaries).startsWith(0).endsWith(text.length()).contains(3, 4);
        assertThat(boundaries).isSorted();
    }
}
