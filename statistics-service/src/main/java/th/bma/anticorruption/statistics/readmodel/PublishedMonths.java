package th.bma.anticorruption.statistics.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;

import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * The figures last published on the topic per month (as a canonical JSON text), so a month is republished only when
 * its figures really change, also across restarts.
 */
public class PublishedMonths {

    static final String COLLECTION = "published_months";

    private final MongoTemplate mongo;

    public PublishedMonths(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<String> lastFigures(YearMonth month) {
        Document document = collection().find(eq("_id", StatisticsCalendar.key(month))).first();
        return document == null ? Optional.empty() : Optional.ofNullable(document.getString("figures"));
    }

    public void published(YearMonth month, String figures, java.time.Instant at) {
        collection().replaceOne(eq("_id", StatisticsCalendar.key(month)),
                new Document("_id", StatisticsCalendar.key(month)).append("figures", figures)
                        .append("publishedAt", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }

    public void drop() {
        collection().drop();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
