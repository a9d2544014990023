package th.bma.anticorruption.support.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.bson.Document;

import com.mongodb.client.MongoClient;

import th.bma.anticorruption.testkit.InMemoryMongo;

/** On the embedded MongoDB of the local run, Boot's own indicator says DOWN; the platform's says UP. */
class MongoHealthAutoConfigurationTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, MongoHealthAutoConfiguration.class,
                    MongoHealthContributorAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=" + MONGO.uri() + "/health");

    @Test
    void replacesBootsIndicatorWithThePingCheckAndIsUp() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(HealthIndicator.class);
            assertThat(context.getBean("mongoHealthIndicator")).isInstanceOf(MongoPingHealthIndicator.class);
            assertThat(context.getBean(HealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void bootsOwnIndicatorWouldReportTheEmbeddedDatabaseDown() {
        runner.run(context -> {
            MongoClient client = context.getBean(MongoClient.class);
            client.getDatabase("health").getCollection("complaints").insertOne(new Document("_id", "c-1"));

            assertThat(new MongoHealthIndicator(client).health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void backsOffWhenDisabledLikeBootsIndicator() {
        runner.withPropertyValues("management.health.mongodb.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MongoPingHealthIndicator.class));
    }

    @Test
    void isDownWhenTheDatabaseDoesNotAnswer() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/none?serverSelectionTimeoutMS=200")
                .run(context -> assertThat(context.getBean(MongoPingHealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }
}
