package th.bma.anticorruption.support.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import com.mongodb.client.MongoClient;

/**
 * MongoDB health by the {@code ping} command. Replaces Boot's indicator, which asks {@code hello}: the embedded
 * wire-compatible server of the local run does not know that command and would report a healthy database as DOWN.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongo;

    public MongoPingHealthIndicator(MongoClient mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.getDatabase("admin").runCommand(new Document("ping", 1));
        Object ok = answer.get("ok");
        if (ok instanceof Number number && number.doubleValue() == 1.0) {
            builder.up();
        } else {
            builder.down().withDetail("answer", answer.toJson());
        }
    }
}
