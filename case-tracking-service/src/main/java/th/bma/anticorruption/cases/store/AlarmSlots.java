package th.bma.anticorruption.cases.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.InsertManyOptions;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;

/**
 * Cases filed by the minute of their next alarm (UTC, {@code yyyy-MM-dd'T'HH:mm}), so the watch reads only what fell
 * due instead of every open case. Every filing is its own small document, {@code alarm_entries} {@code {_id:
 * "<minute>/<sequence>", caseId}}, numbered within its minute by a counter kept in its hour's document
 * ({@code alarm_hours} {@code {_id: hour, minutes: {m05: filed, ...}}}, at most 60 counters): no document grows with
 * the number of cases, and filing costs the same whether the minute holds one case or a million. The watch reads
 * hours and entries by {@code _id} ({@code $in}, which every MongoDB - even the embedded one - answers from an index),
 * in sequence order, from its cursor ({@code "<minute>/<sequence>"}). An entry may name a case whose alarm has since
 * moved: the case document's own {@code nextAlarmAt} decides.
 */
@Component
public class AlarmSlots implements InitializingBean {

    public static final String ENTRIES = "alarm_entries";
    public static final String HOURS = "alarm_hours";
    static final String CURSOR = "alarm_cursor";
    /** Hourly slots holding every case id in one document, as stored before the alarms were filed by minute. */
    static final String LEGACY_SLOTS = "alarm_slots";
    private static final String CURSOR_ID = "entries";
    private static final String LEGACY_CURSOR_ID = "alarms";
    private static final String MINUTES = "minutes";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private final MongoTemplate mongo;
    private final Clock clock;

    public AlarmSlots(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String slotOf(Instant at) {
        return MINUTE.format(at);
    }

    /** The hour ({@code yyyy-MM-dd'T'HH}) of a minute. */
    public static String hourOf(String slot) {
        return slot.substring(0, 13);
    }

    /** The counter's field name of a minute in its hour's document. */
    private static String minuteKey(String slot) {
        return "m" + slot.substring(14);
    }

    public static String nextHour(String hour) {
        return hourOf(slotOf(LocalDateTime.parse(hour + ":00").toInstant(ZoneOffset.UTC).plus(1, ChronoUnit.HOURS)));
    }

    /** The position of an entry: its minute and sequence, ordered as strings are. */
    public static String position(String slot, long sequence) {
        return slot + "/" + String.format("%010d", sequence);
    }

    public static String slotOfPosition(String position) {
        return position.substring(0, position.indexOf('/'));
    }

    public static long sequenceOf(String position) {
        return Long.parseLong(position.substring(position.indexOf('/') + 1));
    }

    /** Refiles the cases of the hourly slots an earlier version stored, then drops them; repeating it is harmless. */
    @Override
    public void afterPropertiesSet() {
        for (Document legacy : mongo.getCollection(LEGACY_SLOTS).find()) {
            List<?> ids = legacy.getList("caseIds", Object.class, List.of());
            String hour = legacy.getString("_id");
            if (!ids.isEmpty()) {
                fileIds(hour + ":00", ids.stream().map(String::valueOf).toList());
            }
            mongo.remove(query(where("_id").is(hour)), LEGACY_SLOTS);
        }
        mongo.remove(query(where("_id").is(LEGACY_CURSOR_ID)), CURSOR);
    }

    /** Files the case under its next alarm; an alarm already due goes to the current minute so it is not skipped. */
    public void file(ComplaintCase c) {
        file(List.of(c));
    }

    /** Files the cases that have an alarm, with one counter update and one insert per minute they fall in. */
    public void file(Collection<ComplaintCase> cases) {
        Map<String, Instant> alarms = new LinkedHashMap<>();
        cases.stream().filter(c -> c.nextAlarmAt() != null).forEach(c -> alarms.put(c.id(), c.nextAlarmAt()));
        fileAlarms(alarms);
    }

    /** Files cases (by id) under their alarms, as {@link #file(Collection)} does. */
    public void fileAlarms(Map<String, Instant> alarmsByCase) {
        Instant now = clock.instant();
        Map<String, List<String>> bySlot = new LinkedHashMap<>();
        alarmsByCase.forEach((caseId, alarm) -> bySlot
                .computeIfAbsent(slotOf(alarm.isBefore(now) ? now : alarm), s -> new ArrayList<>()).add(caseId));
        bySlot.forEach(this::fileIds);
    }

    /** Files the case in the current minute again: the watch took its entry but could not act on the case. */
    public void fileNow(String caseId) {
        fileIds(slotOf(clock.instant()), List.of(caseId));
    }

    private void fileIds(String slot, List<String> caseIds) {
        String counter = MINUTES + "." + minuteKey(slot);
        Document hour = mongo.findAndModify(query(where("_id").is(hourOf(slot))),
                new Update().inc(counter, (long) caseIds.size()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, HOURS);
        long first = hour.get(MINUTES, Document.class).get(minuteKey(slot), Number.class).longValue()
                - caseIds.size();
        List<Document> entries = new ArrayList<>(caseIds.size());
        for (int i = 0; i < caseIds.size(); i++) {
            entries.add(new Document("_id", position(slot, first + i)).append("caseId", caseIds.get(i)));
        }
        mongo.getCollection(ENTRIES).insertMany(entries, new InsertManyOptions().ordered(false));
        // Filed behind the watch (it passed this position while the entries were on their way, or the clock went
        // back): the watch must look here again.
        String at = position(slot, first);
        mongo.updateFirst(query(where("_id").is(CURSOR_ID).and("at").gt(at)), Update.update("at", at), CURSOR);
    }

    /** The minutes of these hours that hold entries, oldest first (the hours looked up by {@code _id}). */
    public List<Minute> minutesOf(List<String> hours) {
        List<Minute> minutes = new ArrayList<>();
        for (Document hour : mongo.find(query(where("_id").in(hours)), Document.class, HOURS)) {
            Document counters = hour.get(MINUTES, Document.class);
            if (counters != null) {
                counters.forEach((mm, filed) -> minutes.add(
                        new Minute(hour.getString("_id") + ":" + mm.substring(1), ((Number) filed).longValue())));
            }
        }
        minutes.sort(Comparator.comparing(Minute::id));
        return minutes;
    }

    /** The entries of a minute numbered {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public List<Entry> entries(String slot, long from, long to) {
        List<String> ids = LongStream.range(from, to).mapToObj(sequence -> position(slot, sequence)).toList();
        return mongo.find(query(where("_id").in(ids)), Entry.class, ENTRIES).stream()
                .sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** Drops entries the watch is done with. */
    public void forget(List<String> entryIds) {
        if (!entryIds.isEmpty()) {
            mongo.remove(query(where("_id").in(entryIds)), ENTRIES);
        }
    }

    /** Drops a passed minute's counter unless a filing arrived since it was read; false then (the watch stays). */
    public boolean forgetMinute(Minute minute) {
        String hour = hourOf(minute.id());
        String counter = MINUTES + "." + minuteKey(minute.id());
        boolean forgotten = mongo.updateFirst(query(where("_id").is(hour).and(counter).is(minute.filed())),
                new Update().unset(counter), HOURS).getModifiedCount() == 1;
        if (forgotten) {
            mongo.remove(query(where("_id").is(hour).and(MINUTES).is(new Document())), HOURS);
        }
        return forgotten;
    }

    /** The position of the first entry not yet handled, or null before the first check. */
    public String cursor() {
        Cursor cursor = mongo.findById(CURSOR_ID, Cursor.class, CURSOR);
        return cursor == null ? null : cursor.at();
    }

    /**
     * Moves the cursor from {@code expected} (what the watch read) to {@code at}; if a case was filed behind the
     * watch meanwhile, the cursor stays where that put it.
     */
    public void moveCursor(String expected, String at) {
        if (expected == null) {
            try {
                mongo.insert(new Cursor(CURSOR_ID, at), CURSOR);
            } catch (DuplicateKeyException e) {
                // Another check created it first; it moves on next time.
            }
            return;
        }
        mongo.updateFirst(query(where("_id").is(CURSOR_ID).and("at").is(expected)), Update.update("at", at), CURSOR);
    }

    /** The earliest hour holding entries, or null if none does. */
    public String oldestHour() {
        Document oldest = mongo.findOne(new Query().with(Sort.by("_id")).limit(1), Document.class, HOURS);
        return oldest == null ? null : oldest.getString("_id");
    }

    /** A minute ({@code yyyy-MM-dd'T'HH:mm}) and how many entries were ever numbered in it. */
    public record Minute(String id, long filed) {
    }

    /** One filing of a case under a minute. */
    public record Entry(@Id String id, String caseId) {
    }

    record Cursor(@Id String id, String at) {
    }
}
