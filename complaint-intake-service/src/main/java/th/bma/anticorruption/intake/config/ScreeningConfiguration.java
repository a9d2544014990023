package th.bma.anticorruption.intake.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.screening.LearnedSignal;
import th.bma.anticorruption.intake.screening.MongoScreeningRuleStore;
import th.bma.anticorruption.intake.screening.ScreeningRuleBook;
import th.bma.anticorruption.intake.screening.ScreeningRuleSeed;
import th.bma.anticorruption.intake.screening.ScreeningRuleValidator;

/**
 * Wires screening: the rule book (seeded from {@code screening/default-rules.json} with the rules the store lacks,
 * then held compiled in memory); the learned signal consulted where no rule takes a record in (trained at start from
 * {@code screening/training.tsv}; what only it takes in is accepted as doubted and goes to the centre's triage, see
 * docs/intake.md; {@code platform.screening.learned-signal=false} leaves the rules alone); and the rule book's refresh
 * every {@code platform.screening.refresh-interval}, so a rule changed through another instance takes effect here too.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningConfiguration {

    @Bean
    MongoScreeningRuleStore screeningRuleStore(MongoTemplate mongo) {
        return new MongoScreeningRuleStore(mongo);
    }

    @Bean
    ScreeningRuleBook screeningRuleBook(MongoScreeningRuleStore store, Clock clock,
            @Value("${platform.screening.learned-signal:true}") boolean learnedSignal) {
        ScreeningRuleBook book = new ScreeningRuleBook(store, new ScreeningRuleValidator(), clock,
                learnedSignal ? LearnedSignal.trainedOnShippedExamples() : null);
        book.start(ScreeningRuleSeed.loadDefault(clock.instant()));
        return book;
    }

    @Bean
    CorruptionScreening corruptionScreening(ScreeningRuleBook book) {
        return book.screening();
    }

    @Bean
    ScreeningRuleRefresh screeningRuleRefresh(ScreeningRuleBook book) {
        return new ScreeningRuleRefresh(book);
    }

    /** Picks up screening rule changes made through another instance of the service. */
    static final class ScreeningRuleRefresh {

        private final ScreeningRuleBook book;

        ScreeningRuleRefresh(ScreeningRuleBook book) {
            this.book = book;
        }

        @Scheduled(fixedDelayString = "${platform.screening.refresh-interval:PT10S}",
                initialDelayString = "${platform.screening.refresh-interval:PT10S}")
        void refresh() {
            book.refresh();
        }
    }
}
