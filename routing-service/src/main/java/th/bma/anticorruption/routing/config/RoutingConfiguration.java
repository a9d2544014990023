package th.bma.anticorruption.routing.config;

import java.io.IOException;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import th.bma.anticorruption.routing.classification.Lexicon;
import th.bma.anticorruption.routing.classification.LineOfWorkClassifier;
import th.bma.anticorruption.routing.decision.ComplaintRouting;
import th.bma.anticorruption.routing.decision.DecisionAnnouncer;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.ManualDecisions;
import th.bma.anticorruption.routing.decision.RoutingPolicy;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.jurisdiction.AccusationLexicon;
import th.bma.anticorruption.routing.jurisdiction.AccusedUnitInference;
import th.bma.anticorruption.routing.jurisdiction.RuleBasedRouting;
import th.bma.anticorruption.routing.rules.RuleBook;
import th.bma.anticorruption.routing.rules.RuleStore;
import th.bma.anticorruption.routing.rules.RuleValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the routing domain (which holds no Spring types of its own) from its seed data: the unit directory, the
 * lexicon of the classifier, the words that tell whose staff a complaint accuses, and the rule book (seeded on first
 * start, then held in memory and refreshed every {@code routing.rules.refresh-interval} so changes made through
 * another instance take effect here too); and the decisions, made by those rules, kept and announced through the
 * adapters' store and outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RoutingConfiguration {

    private static final JsonMapper SEED_READER = JsonMapper.builder().build();

    @Bean
    Directory directory() throws IOException {
        return Directory.load(new ClassPathResource("directory/directory.json").getInputStream(), SEED_READER);
    }

    @Bean
    LineOfWorkClassifier lineOfWorkClassifier(Directory directory) throws IOException {
        return new LineOfWorkClassifier(directory,
                Lexicon.load(new ClassPathResource("classification/lexicon.json").getInputStream(), SEED_READER));
    }

    @Bean
    RuleValidator ruleValidator(Directory directory) {
        return new RuleValidator(directory);
    }

    @Bean
    RuleBook ruleBook(RuleStore store, RuleValidator validator, Clock clock,
            @Value("${routing.triage.confidence-threshold:0.5}") double triageThreshold) throws IOException {
        RuleBook book = new RuleBook(store, validator, clock);
        book.start(new ClassPathResource("rules/default-rules.json").getInputStream(), SEED_READER, triageThreshold);
        return book;
    }

    @Bean
    AccusedUnitInference accusedUnitInference(Directory directory) throws IOException {
        return new AccusedUnitInference(directory, AccusationLexicon.load(
                new ClassPathResource("jurisdiction/accusation.json").getInputStream(), SEED_READER));
    }

    @Bean
    RuleBasedRouting ruleBasedRouting(Directory directory, LineOfWorkClassifier classifier, RuleBook ruleBook,
            AccusedUnitInference accusedUnitInference) {
        return new RuleBasedRouting(directory, classifier, ruleBook, accusedUnitInference);
    }

    @Bean
    ComplaintRouting complaintRouting(RoutingPolicy policy, DecisionStore store, DecisionAnnouncer announcer,
            Clock clock) {
        return new ComplaintRouting(policy, store, announcer, clock);
    }

    @Bean
    ManualDecisions manualDecisions(RoutingPolicy policy, DecisionStore store, DecisionAnnouncer announcer,
            Directory directory, Clock clock) {
        return new ManualDecisions(policy, store, announcer, directory, clock);
    }

    @Bean
    RuleRefresh ruleRefresh(RuleBook ruleBook) {
        return new RuleRefresh(ruleBook);
    }

    /** Picks up rule changes made through another instance of the service. */
    static final class RuleRefresh {
        private final RuleBook ruleBook;

        RuleRefresh(RuleBook ruleBook) {
            this.ruleBook = ruleBook;
        }

        @Scheduled(fixedDelayString = "${routing.rules.refresh-interval:PT30S}",
                initialDelayString = "${routing.rules.refresh-interval:PT30S}")
        void refresh() {
            ruleBook.reload();
        }
    }
}
