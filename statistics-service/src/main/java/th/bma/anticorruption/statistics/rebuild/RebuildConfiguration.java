package th.bma.anticorruption.statistics.rebuild;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.DirtyMonths;
import th.bma.anticorruption.statistics.readmodel.ReplayLoad;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;

/**
 * With {@code statistics.rebuild=true} (the {@code rebuild} profile): once the read model is emptied, and before any
 * consumer binding starts, the input topics are replayed and folded into it ({@link ReplayFold}) with the binder's
 * broker and client settings and the service's consumer group; every month they touch is then recomputed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "statistics.rebuild", havingValue = "true")
class RebuildConfiguration {

    private static final String BINDINGS = "spring.cloud.stream.bindings.";

    @Bean
    ReplayFold.Outcome replayedInputs(StatisticsReadModel emptied, MongoTemplate mongo, JsonMapper json,
            DirtyMonths dirtyMonths, Environment environment,
            @Value("${statistics.consumer-group}") String group,
            @Value("${statistics.rebuild-window:50000}") int window) {
        Binder binder = Binder.get(environment);
        Map<String, Object> config = new HashMap<>(binder.bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, Object.class)).orElse(Map.of()));
        config.putAll(binder.bind("spring.cloud.stream.kafka.binder.consumer-properties",
                Bindable.mapOf(String.class, Object.class)).orElse(Map.of()));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        ReplayFold.Topics topics = new ReplayFold.Topics(
                environment.getProperty(BINDINGS + "rebuildCaseStatus-in-0.destination", Topics.CASES_STATUS_CHANGED),
                environment.getProperty(BINDINGS + "countScreenedOut-in-0.destination", Topics.COMPLAINTS_SCREENED_OUT),
                environment.getProperty(BINDINGS + "countScreenedOutTallies-in-0.destination",
                        Topics.COMPLAINTS_SCREENED_OUT_TALLIED));
        ReplayFold.Outcome outcome = new ReplayFold(config, json).replay(topics, new ReplayLoad(mongo, window, ReplayLoad.BATCH));
        // The bulk load wrote the documents without the months' tallies: they are tallied again when next asked for.
        emptied.forgetTallies();
        dirtyMonths.mark(outcome.months());
        return outcome;
    }
}
