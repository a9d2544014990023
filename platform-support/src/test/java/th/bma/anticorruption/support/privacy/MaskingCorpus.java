package th.bma.anticorruption.support.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The labelled masking corpus ({@code privacy/masking-corpus.txt}): entries separated by blank lines, each a
 * {@code text:} (continued on the following lines), what must be {@code gone:} and what must be {@code kept:},
 * values separated by {@code |}.
 */
record MaskingCorpus(List<Entry> entries) {

    record Entry(int line, String text, List<String> gone, List<String> kept) {
    }

    static MaskingCorpus load() {
        try (InputStream in = MaskingCorpus.class.getResourceAsStream("/privacy/masking-corpus.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MaskingCorpus parse(String content) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        StringBuilder text = null;
        List<String> gone = List.of();
        List<String> kept = List.of();
        int startLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (text != null) {
                    entries.add(new Entry(startLine, text.toString(), gone, kept));
                }
                text = null;
                gone = List.of();
                kept = List.of();
            } else if (line.startsWith("text:")) {
                text = new StringBuilder(line.substring(5).strip());
                startLine = i + 1;
            } else if (line.startsWith("gone:")) {
                gone = values(line.substring(5));
            } else if (line.startsWith("kept:")) {
                kept = values(line.substring(5));
            } else if (text != null) {
                text.append('\n').append(line);
            } else {
                throw new IllegalStateException("line " + (i + 1) + " belongs to no entry: " + line);
            }
        }
        return new MaskingCorpus(entries);
    }

    private static List<String> values(String list) {
        return Arrays.stream(list.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
