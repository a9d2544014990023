package th.bma.anticorruption.intake.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.intake.validation.ThaiText;

/**
 * The words and channel categories that put a record in scope, read from data ({@code screening/lexicon.json}) so
 * the centre can extend them without touching code. Each term is pre-split into words the same way texts are.
 */
public final class ScreeningLexicon {

    public static final String DEFAULT_RESOURCE = "/screening/lexicon.json";

    private final Set<String> inScopeCategories;
    private final List<Term> terms;

    public ScreeningLexicon(Set<String> inScopeCategories, List<Term> terms) {
        this.inScopeCategories = inScopeCategories.stream().map(ThaiText::normalise).collect(Collectors.toUnmodifiableSet());
        this.terms = List.copyOf(terms);
    }

    public static ScreeningLexicon load(InputStream json) {
        Definition definition = JsonMapper.builder().build().readValue(json, Definition.class);
        List<Term> terms = definition.terms().stream()
                .map(t -> new Term(ThaiWords.of(t.term()), t.reason()))
                .filter(t -> !t.words().isEmpty())
                .toList();
        return new ScreeningLexicon(Set.copyOf(definition.inScopeCategories()), terms);
    }

    public static ScreeningLexicon loadDefault() {
        try (InputStream in = ScreeningLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> inScopeCategories() {
        return inScopeCategories;
    }

    public List<Term> terms() {
        return terms;
    }

    /** A lexicon entry: its word sequence and the reason code it gives. */
    public record Term(List<String> words, String reason) {
    }

    record Definition(String description, List<String> inScopeCategories, List<RawTerm> terms) {
    }

    record RawTerm(String term, String reason) {
    }
}
