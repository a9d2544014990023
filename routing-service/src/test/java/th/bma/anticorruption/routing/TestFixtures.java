package th.bma.anticorruption.routing;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.time.Clock;
import java.time.Instant;

import th.bma.anticorruption.routing.classification.Lexicon;
import th.bma.anticorruption.routing.classification.LineOfWorkClassifier;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.jurisdiction.AccusationLexicon;
import th.bma.anticorruption.routing.jurisdiction.AccusedUnitInference;
import th.bma.anticorruption.routing.jurisdiction.RuleBasedRouting;
import th.bma.anticorruption.routing.rules.InMemoryRuleStore;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleValidator;
import th.bma.anticorruption.support.time.BangkokTime;
import tools.jackson.databind.json.JsonMapper;

/** The real seed data (directory, lexicons) for unit tests, loaded once. */
public final class TestFixtures {

    public static final Directory DIRECTORY = load();
    public static final LineOfWorkClassifier CLASSIFIER = new LineOfWorkClassifier(DIRECTORY,
            Lexicon.load(TestFixtures.class.getResourceAsStream("/classification/lexicon.json"),
                    JsonMapper.builder().build()));

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T03:21:07Z"), BangkokTime.ZONE);

    private TestFixtures() {
    }

    /** A rule book with the default table, on an in-memory store. */
    public static RuleBook defaultRuleBook() {
        RuleBook book = new RuleBook(new InMemoryRuleStore(), new RuleValidator(DIRECTORY), CLOCK);
        book.start(TestFixtures.class.getResourceAsStream("/rules/default-rules.json"), JsonMapper.builder().build(),
                0.5);
        return book;
    }

    public static final AccusedUnitInference ACCUSED_UNITS = new AccusedUnitInference(DIRECTORY,
            AccusationLexicon.load(TestFixtures.class.getResourceAsStream("/jurisdiction/accusation.json"),
                    JsonMapper.builder().build()));

    public static RuleBasedRouting routing(RuleBook book) {
        return new RuleBasedRouting(DIRECTORY, CLASSIFIER, book, ACCUSED_UNITS);
    }

    private static Directory load() {
        try {
            return Directory.load(TestFixtures.class.getResource("/directory/directory.json").openStream(),
                    JsonMapper.builder().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
