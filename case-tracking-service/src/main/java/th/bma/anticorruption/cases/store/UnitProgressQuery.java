package th.bma.anticorruption.cases.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * The units' progress reports of a month, counted by MongoDB: the cases owing that month are found through the index
 * on their obligations' month (and holder), and one {@code $group} per holder counts them and collects the ids of
 * the missing and the without-progress ones. Only those ids and one row per unit leave the database, however many
 * cases the month has.
 */
@Repository
public class UnitProgressQuery implements InitializingBean {

    static final String OBLIGATIONS = "progress.obligations";
    private static final String EACH = "$" + OBLIGATIONS;

    private final MongoTemplate mongo;

    public UnitProgressQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseStore.CASES).createIndex(new Index().on(OBLIGATIONS + ".month", Sort.Direction.ASC)
                .on(OBLIGATIONS + ".holder.code", Sort.Direction.ASC).named("progress_month_holder"));
    }

    /** One row per unit or working group owing reports for {@code month}, by code; only {@code scope}'s if not null. */
    public List<UnitProgress> byUnit(YearMonth month, String scope) {
        Document owed = new Document("month", month.toString());
        Document owedUnwound = new Document(OBLIGATIONS + ".month", month.toString());
        if (scope != null) {
            owed.append("holder.code", scope);
            owedUnwound.append(OBLIGATIONS + ".holder.code", scope);
        }
        List<Document> pipeline = List.of(
                new Document("$match", new Document(OBLIGATIONS, new Document("$elemMatch", owed))),
                new Document("$project", new Document("_id", 1).append(OBLIGATIONS, 1)),
                new Document("$unwind", EACH),
                new Document("$match", owedUnwound),
                new Document("$group", new Document("_id", EACH + ".holder.code")
                        .append("nameTh", new Document("$first", EACH + ".holder.nameTh"))
                        .append("nameEn", new Document("$first", EACH + ".holder.nameEn"))
                        .append("held", new Document("$sum", 1))
                        .append("onTime", countWhere(EACH + ".status", "ON_TIME"))
                        .append("late", countWhere(EACH + ".status", "LATE"))
                        .append("missing", idsWhere(EACH + ".status", "NOT_FILED"))
                        .append("withoutProgress", idsWhere(EACH + ".withoutProgress", true))),
                new Document("$project", new Document("nameTh", 1).append("nameEn", 1).append("held", 1)
                        .append("onTime", 1).append("late", 1)
                        .append("missing", withoutNulls("$missing"))
                        .append("withoutProgress", withoutNulls("$withoutProgress"))),
                new Document("$sort", new Document("_id", 1)));
        List<UnitProgress> rows = new ArrayList<>();
        for (Document row : mongo.getCollection(CaseStore.CASES).aggregate(pipeline).allowDiskUse(true)) {
            rows.add(new UnitProgress(row.getString("_id"), row.getString("nameTh"), row.getString("nameEn"),
                    count(row, "held"), count(row, "onTime"), count(row, "late"), sortedIds(row, "missing"),
                    sortedIds(row, "withoutProgress")));
        }
        return rows;
    }

    private static Document countWhere(String field, Object value) {
        return new Document("$sum", new Document("$cond", List.of(new Document("$eq", List.of(field, value)), 1, 0)));
    }

    private static Document idsWhere(String field, Object value) {
        return new Document("$push", new Document("$cond",
                Arrays.asList(new Document("$eq", List.of(field, value)), "$_id", null)));
    }

    /** The ids pushed, without the nulls pushed for the other cases (ids are unique, so a set difference). */
    private static Document withoutNulls(String array) {
        return new Document("$setDifference", List.of(array, Arrays.asList((Object) null)));
    }

    private static long count(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static List<String> sortedIds(Document row, String field) {
        List<String> ids = new ArrayList<>(row.getList(field, String.class, List.of()));
        ids.sort(null);
        return ids;
    }
}
