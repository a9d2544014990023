package th.bma.anticorruption.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the masker on the labelled corpus: recall of the identifiers that must disappear (at least 99 %) and the
 * share of the subject's words (the accused, places, what happened) that stay readable (at least 95 %). Both are
 * printed in the build output; every miss is listed with its corpus line.
 */
class FreeTextMaskerCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(FreeTextMaskerCorpusTest.class);

    @Test
    void masksTheComplainantsIdentifiersAndKeepsTheSubject() {
        MaskingCorpus corpus = MaskingCorpus.load();
        int identifiers = 0;
        int masked = 0;
        int subjects = 0;
        int kept = 0;
        List<String> leaks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (MaskingCorpus.Entry entry : corpus.entries()) {
            String result = FreeTextMasker.mask(entry.text());
            for (String identifier : entry.gone()) {
                identifiers++;
                if (result.contains(FreeTextMasker.normalise(identifier))) {
                    leaks.add("line " + entry.line() + ": '" + identifier + "' in: " + result);
                } else {
                    masked++;
                }
            }
            for (String subject : entry.kept()) {
                subjects++;
                if (result.contains(FreeTextMasker.normalise(subject))) {
                    kept++;
                } else {
                    lost.add("line " + entry.line() + ": '" + subject + "' in: " + result);
                }
            }
        }
        double recall = (double) masked / identifiers;
        double keptRate = (double) kept / subjects;
        String report = String.format(Locale.ROOT, "Masking corpus: %d entries; identifiers masked %d/%d (recall %.1f %%);"
                + " subject words kept %d/%d (%.1f %%)", corpus.entries().size(), masked, identifiers, recall * 100,
                kept, subjects, keptRate * 100);
        log.info(report);
        leaks.forEach(leak -> log.info("leaked: {}", leak));
        lost.forEach(loss -> log.info("masked a subject: {}", loss));

        assertThat(corpus.entries()).hasSizeGreaterThanOrEqualTo(90);
        assertThat(identifiers).isGreaterThanOrEqualTo(150);
        assertThat(recall).as(report + "\nleaks:\n" + String.join("\n", leaks)).isGreaterThanOrEqualTo(0.99);
        assertThat(keptRate).as(report + "\nsubjects masked:\n" + String.join("\n", lost)).isGreaterThanOrEqualTo(0.95);
    }
}
