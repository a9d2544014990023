package th.bma.anticorruption.cases.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;

/**
 * Cases filed by the hour of their next alarm (UTC hour, {@code yyyy-MM-dd'T'HH}), so the watch reads only the
 * slots that fell due instead of every open case. A slot may still list a case whose alarm has since moved: the
 * case document's own {@code nextAlarmAt} decides. Slots are looked up by {@code _id}, which every MongoDB (even the
 * embedded one) answers from an index.
 */
@Component
public class AlarmSlots {

    public static final String SLOTS = "alarm_slots";
    static final String CURSOR = "alarm_cursor";
    private static final String CURSOR_ID = "alarms";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final MongoTemplate mongo;
    private final Clock clock;

    public AlarmSlots(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String slotOf(Instant at) {
        return HOUR.format(at);
    }

    public static String nextSlot(String slot) {
        return slotOf(LocalDateTime.parse(slot + ":00").toInstant(ZoneOffset.UTC).plus(1, ChronoUnit.HOURS));
    }

    /** Files the case under its next alarm; an alarm already due goes to the current hour so it is not skipped. */
    public void file(ComplaintCase c) {
        if (c.nextAlarmAt() == null) {
            return;
        }
        Instant now = clock.instant();
        String slot = slotOf(c.nextAlarmAt().isBefore(now) ? now : c.nextAlarmAt());
        mongo.upsert(query(where("_id").is(slot)), new Update().addToSet("caseIds", c.id()), SLOTS);
        // Filed behind the watch (the clock went back meanwhile): the watch must look there again.
        mongo.updateFirst(query(where("_id").is(CURSOR_ID).and("slot").gt(slot)), Update.update("slot", slot), CURSOR);
    }

    /**
     * The slots of these hours that hold cases, oldest first. Looked up by {@code _id} (an {@code $in} on the
     * primary key), so even the embedded server never scans the slots of hours to come.
     */
    public List<Slot> slotsOf(List<String> hours) {
        return mongo.find(query(where("_id").in(hours)), Slot.class, SLOTS).stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public void remove(String slot) {
        mongo.remove(query(where("_id").is(slot)), SLOTS);
    }

    /** The first slot not yet fully handled, or null before the first check. */
    public String cursor() {
        Cursor cursor = mongo.findById(CURSOR_ID, Cursor.class, CURSOR);
        return cursor == null ? null : cursor.slot();
    }

    /**
     * Moves the cursor from {@code expected} (what the watch read) to {@code slot}; if a case was filed behind the
     * watch meanwhile, the cursor stays where that put it.
     */
    public void moveCursor(String expected, String slot) {
        if (expected == null) {
            try {
                mongo.insert(new Cursor(CURSOR_ID, slot), CURSOR);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Another check created it first; it moves on next time.
            }
            return;
        }
        mongo.updateFirst(query(where("_id").is(CURSOR_ID).and("slot").is(expected)), Update.update("slot", slot),
                CURSOR);
    }

    public String oldestSlot() {
        Slot oldest = mongo.findOne(new org.springframework.data.mongodb.core.query.Query()
                .with(Sort.by("_id")).limit(1), Slot.class, SLOTS);
        return oldest == null ? null : oldest.id();
    }

    /** One hour's cases. */
    public record Slot(@Id String id, List<String> caseIds) {
    }

    record Cursor(@Id String id, String slot) {
    }
}
