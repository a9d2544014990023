package th.bma.anticorruption.statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;

import th.bma.anticorruption.statistics.editions.MonthEditions;
import th.bma.anticorruption.statistics.messaging.MonthlyStatisticsPublisher;
import th.bma.anticorruption.statistics.messaging.StatisticsConsumers;
import th.bma.anticorruption.statistics.monthly.DirtyMonths;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.readmodel.MonthEditionStore;
import th.bma.anticorruption.statistics.readmodel.PublishedMonths;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the statistics: read model, consumers, debounced publisher, month editions. With {@code statistics.rebuild=true} (the
 * {@code rebuild} profile) the read model is dropped while the context starts, before any consumer runs, and the
 * profile makes the consumers read every input topic again from the beginning.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StatisticsConfiguration {

    @Bean
    StatisticsReadModel statisticsReadModel(MongoTemplate mongo, PublishedMonths publishedMonths, Clock clock,
            @Value("${statistics.rebuild:false}") boolean rebuild) {
        StatisticsReadModel readModel = new StatisticsReadModel(mongo);
        if (rebuild) {
            readModel.drop();
            publishedMonths.drop();
        }
        readModel.createIndexes();
        readModel.beginHistory(clock.instant());
        return readModel;
    }

    @Bean
    MonthEditionStore monthEditionStore(MongoTemplate mongo, JsonMapper json) {
        MonthEditionStore store = new MonthEditionStore(mongo, json);
        store.createIndexes();
        return store;
    }

    @Bean
    MonthEditions monthEditions(MonthEditionStore store, MonthlyStatisticsQueries queries, Clock clock,
            @Value("${statistics.editions.settle:PT1H}") Duration settle) {
        return new MonthEditions(store, queries, clock, settle);
    }

    @Bean
    PublishedMonths publishedMonths(MongoTemplate mongo) {
        return new PublishedMonths(mongo);
    }

    @Bean
    DirtyMonths dirtyMonths() {
        return new DirtyMonths();
    }

    @Bean
    MonthlyStatisticsQueries monthlyStatisticsQueries(StatisticsReadModel readModel, Clock clock) {
        return new MonthlyStatisticsQueries(readModel, clock);
    }

    @Bean
    StatisticsConsumers statisticsConsumers(StatisticsReadModel readModel, DirtyMonths dirtyMonths,
            MeterRegistry meters) {
        return new StatisticsConsumers(readModel, dirtyMonths, meters);
    }

    @Bean
    Consumer<Message<List<byte[]>>> countCaseStatus(StatisticsConsumers consumers, JsonMapper json) {
        return consumers.countCaseStatus(json);
    }

    /** Bound only by the {@code rebuild} profile (spring.cloud.function.definition there). */
    @Bean
    Consumer<List<byte[]>> rebuildCaseStatus(StatisticsConsumers consumers, JsonMapper json) {
        return consumers.rebuildCaseStatus(json);
    }

    @Bean
    Consumer<Message<List<byte[]>>> countScreenedOut(StatisticsConsumers consumers, JsonMapper json) {
        return consumers.countScreenedOut(json);
    }

    @Bean
    Consumer<Message<List<byte[]>>> countScreenedOutTallies(StatisticsConsumers consumers, JsonMapper json) {
        return consumers.countScreenedOutTallies(json);
    }

    @Bean
    MonthlyStatisticsPublisher monthlyStatisticsPublisher(DirtyMonths dirtyMonths, MonthlyStatisticsQueries queries,
            StatisticsReadModel readModel, PublishedMonths publishedMonths, StreamBridge streamBridge,
            JsonMapper json, Clock clock, ApplicationEventPublisher events,
            @Value("${statistics.publish-quiet-ms:0}") long quietMs,
            @Value("${statistics.publish-max-wait-ms:0}") long maxWaitMs) {
        return new MonthlyStatisticsPublisher(dirtyMonths, queries, readModel, publishedMonths, streamBridge, json,
                clock, events, new MonthlyStatisticsPublisher.Pacing(Duration.ofMillis(quietMs),
                        Duration.ofMillis(maxWaitMs)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAllMonthsOnStart(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(MonthlyStatisticsPublisher.class).checkAllMonths();
    }
}
