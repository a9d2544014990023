package th.bma.anticorruption.statistics.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.editions.MonthEdition;
import th.bma.anticorruption.statistics.editions.MonthEditionArchive;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kept editions, one document per month and edition number ({@code _id} {@code yyyy-MM#n}), inserted once and
 * never updated: a second insert of the same edition (another instance, a restart) is a duplicate key and changes
 * nothing. The figures are kept as the JSON the API served. Not part of the read model a rebuild drops: an edition
 * records what was known at its moment, which a replay cannot recreate if the topics' retention has passed.
 */
public class MonthEditionStore implements MonthEditionArchive {

    static final String COLLECTION = "month_editions";

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public MonthEditionStore(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    public void createIndexes() {
        collection().createIndex(Indexes.ascending("month", "edition"));
    }

    /** Keeps an edition unless it is kept already; returns whether this call kept it. */
    public boolean keep(MonthEdition edition) {
        try {
            collection().insertOne(new Document("_id", edition.month() + "#" + edition.edition())
                    .append("month", edition.month())
                    .append("edition", edition.edition())
                    .append("asOf", Date.from(edition.asOf().toInstant()))
                    .append("takenAt", Date.from(edition.takenAt().toInstant()))
                    .append("figures", json.writeValueAsString(edition.figures()))
                    .append("reportTh", edition.reportTh())
                    .append("reportEn", edition.reportEn()));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The month's editions, oldest first. */
    public List<MonthEdition> editions(YearMonth month) {
        List<MonthEdition> editions = new ArrayList<>();
        collection().find(eq("month", StatisticsCalendar.key(month))).sort(Sorts.ascending("edition"))
                .forEach(document -> editions.add(edition(document)));
        return editions;
    }

    public Optional<MonthEdition> edition(YearMonth month, int number) {
        return Optional.ofNullable(collection().find(eq("_id", StatisticsCalendar.key(month) + "#" + number)).first())
                .map(this::edition);
    }

    /** The latest month that has an edition. */
    public Optional<YearMonth> latestMonth() {
        return Optional.ofNullable(collection().find().sort(Sorts.descending("month")).limit(1).first())
                .flatMap(document -> StatisticsCalendar.parseMonth(document.getString("month")));
    }

    private MonthEdition edition(Document document) {
        var asOf = document.getDate("asOf").toInstant().atZone(StatisticsCalendar.BANGKOK).toOffsetDateTime();
        MonthlyStatistics read = json.readValue(document.getString("figures"), MonthlyStatistics.class);
        // Read back in Bangkok time, as it was served, whatever zone the mapper adjusts dates to.
        MonthlyStatistics figures = PeriodFigures.of(read).toMonthly(read.month(), asOf);
        return new MonthEdition(document.getString("month"), document.getInteger("edition"), asOf,
                document.getDate("takenAt").toInstant().atZone(StatisticsCalendar.BANGKOK).toOffsetDateTime(),
                figures, document.getString("reportTh"), document.getString("reportEn"));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
