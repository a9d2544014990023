package th.bma.anticorruption.support.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import com.mongodb.client.MongoClient;

/**
 * Registers {@link MongoPingHealthIndicator} under the name Boot's MongoDB health auto-configuration backs off for
 * ({@code mongoHealthIndicator}), so {@code /actuator/health} is UP on the embedded MongoDB of the local run as on a
 * real one. Enabled and disabled like Boot's ({@code management.health.mongodb.enabled}).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({ MongoClient.class, HealthIndicator.class })
@ConditionalOnBooleanProperty(
        name = "management.health.mongodb.enabled", matchIfMissing = true)
public class MongoHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnMissingBean(name = { "mongoHealthIndicator", "mongoHealthContributor" })
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
