package th.bma.anticorruption.intake.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * A labelled description the learned signal is trained on: in scope or not, and the batch it was written in (its
 * split; empty when unknown). The shipped examples ({@code screening/training.tsv}) are the corpus's tuning splits; the
 * held-out splits stay in the tests.
 */
record TrainingExample(String text, boolean inScope, String batch) {

    TrainingExample(String text, boolean inScope) {
        this(text, inScope, "");
    }

    static final String SHIPPED = "/screening/training.tsv";

    static List<TrainingExample> shipped() {
        try (InputStream in = TrainingExample.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("No " + SHIPPED + " on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads tab-separated rows whose header names at least {@code label} ({@code IN}, {@code OUT}) and
     * {@code text}, and may name {@code split}.
     */
    static List<TrainingExample> read(InputStream in) throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0000')
                .ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                examples.add(new TrainingExample(row.getField("text"), "IN".equals(row.getField("label")),
                        row.findField("split").orElse("")));
            }
        }
        return examples;
    }
}
