package th.bma.anticorruption.support.reveal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.http.HttpStatus;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.support.web.FieldViolation;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * How many reveals one officer may make in a Bangkok day ({@code platform.reveal.per-officer-per-day}), counted in
 * one document per officer and day ({@value #COLLECTION}). Taking one is a single guarded update: two reveals at the
 * same moment cannot both take the last one.
 */
public class RevealAllowance {

    public static final String COLLECTION = "revealAllowance";

    private final MongoCollection<Document> counters;
    private final int perDay;
    private final Clock clock;

    public RevealAllowance(MongoCollection<Document> counters, int perDay, Clock clock) {
        this.counters = counters;
        this.perDay = perDay;
        this.clock = clock;
    }

    /** Takes one reveal of today's allowance; 429 problem+json when it is spent. */
    public void take(String officerId) {
        String key = officerId + "|" + LocalDate.ofInstant(clock.instant(), BangkokTime.ZONE);
        try {
            counters.updateOne(Filters.and(Filters.eq("_id", key), Filters.lt("count", perDay)), Updates.inc("count", 1),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Today's document exists and is at the limit: the upsert tried to insert a second one.
            throw new RequestRejectedException(HttpStatus.TOO_MANY_REQUESTS, "Today's reveals are spent.",
                    List.of(new FieldViolation("officer", "daily-limit", "At most " + perDay
                            + " reveals a day per officer; ask the director if more are needed.")));
        }
    }
}
