package th.bma.anticorruption.routing.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import th.bma.anticorruption.contracts.LineOfWork;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words that point to a line of work or a topic: channel categories (Traffy's tags) and keywords in the text.
 * Data ({@code classification/lexicon.json}), split into words once at start-up.
 */
public record Lexicon(Map<LineOfWork, Entry> linesOfWork, Map<String, Entry> topics) {

    /** Categories as written, keywords as word sequences. */
    public record Entry(List<String> categories, List<String> keywords) {
    }

    public static Lexicon load(InputStream json, JsonMapper mapper) {
        try (json) {
            return mapper.readValue(json, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
