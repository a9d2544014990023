package th.bma.anticorruption.cases.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.CaseEventOutbox;
import th.bma.anticorruption.cases.casework.CaseEvents;
import th.bma.anticorruption.cases.lifecycle.CaseAlert;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.cases.store.CaseStore;

/**
 * Lets time act on the cases whose next alarm fell due: deadline reminders and breach, missed monthly progress
 * reports, staleness. It reads only the alarm entries between its cursor and now, in pages by {@code _id} (never every
 * open case), handles at most {@code batch-size} due cases per check, and stores each case with a write guarded by
 * the revision it read, so two checks running at once never announce anything twice. After downtime it catches up from its stored cursor;
 * if the clock goes back, the cursor follows it and nothing already announced is announced again.
 */
@Service
public class DeadlineWatch {

    /** Hours one check looks at; a watch that was down longer catches up over several checks. */
    private static final int HOURS_PER_CHECK = 2_000;
    /** Entries one check reads at most, in batches: its cost stays bounded however many filings it passes over. */
    private static final int READ_PER_CHECK = 4;

    private final AlarmSlots slots;
    private final CaseStore store;
    private final CaseEvents events;
    private final CaseEventOutbox outbox;
    private final AuditTrail audit;
    private final CaseTimingPolicy policy;
    private final Clock clock;
    private final int batchSize;

    public DeadlineWatch(AlarmSlots slots, CaseStore store, CaseEvents events, CaseEventOutbox outbox,
            AuditTrail audit, CaseTimingPolicy policy, Clock clock, WatchProperties properties) {
        this.slots = slots;
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
        this.batchSize = properties.batchSize();
    }

    /** One check; returns how many cases it changed. */
    public int check() {
        Instant now = clock.instant();
        String nowSlot = AlarmSlots.slotOf(now);
        // A filing reads the clock before it numbers its entry, so the watch leaves a minute only once it is over by
        // a minute more: no filing can still arrive there.
        String firstOpen = AlarmSlots.slotOf(now.minus(1, ChronoUnit.MINUTES));
        String stored = slots.cursor();
        String from = stored;
        if (from == null) {
            String oldest = slots.oldestHour();
            if (oldest == null) {
                return 0;
            }
            from = AlarmSlots.position(oldest + ":00", 0);
        }
        if (AlarmSlots.slotOfPosition(from).compareTo(nowSlot) > 0) {
            from = AlarmSlots.position(nowSlot, 0);
        }
        String nowHour = AlarmSlots.hourOf(nowSlot);
        List<String> hours = new ArrayList<>();
        String hour = AlarmSlots.hourOf(AlarmSlots.slotOfPosition(from));
        while (hour.compareTo(nowHour) <= 0 && hours.size() < HOURS_PER_CHECK) {
            hours.add(hour);
            hour = AlarmSlots.nextHour(hour);
        }
        Pass pass = new Pass(now);
        String at = null;
        for (AlarmSlots.Minute slot : slots.minutesOf(hours)) {
            if (slot.id().compareTo(AlarmSlots.slotOfPosition(from)) < 0 || slot.id().compareTo(nowSlot) > 0) {
                // Behind the cursor in its hour (a lagging filing there moved the cursor back itself), or to come.
                continue;
            }
            boolean over = slot.id().compareTo(firstOpen) < 0;
            long sequence = slot.id().equals(AlarmSlots.slotOfPosition(from)) ? AlarmSlots.sequenceOf(from) : 0;
            at = pass.work(slot, sequence, over);
            if (at != null) {
                break;
            }
            if (!over || !slots.forgetMinute(slot)) {
                at = AlarmSlots.position(slot.id(), slot.filed());
                break;
            }
        }
        if (at == null) {
            String next = hour + ":00";
            String passed = next.compareTo(firstOpen) < 0 ? next : firstOpen;
            at = AlarmSlots.position(passed, 0);
            if (at.compareTo(from) < 0) {
                at = from;
            }
        }
        if (stored == null || !at.equals(stored)) {
            slots.moveCursor(stored, at);
        }
        return pass.handled;
    }

    /** One check's walk over the entries, counting the cases it changed and the entries it read. */
    private final class Pass {

        private final Instant now;
        private int handled;
        private int read;

        Pass(Instant now) {
            this.now = now;
        }

        /**
         * Handles the minute's entries from {@code sequence} on; returns the position to resume at if it had to stop
         * (the batch is full, the check read its share, an entry numbered in a minute not yet over is still on its
         * way, or a case filed here is not due yet: the rest of this minute then waits at most a minute), null once
         * the minute is done.
         */
        String work(AlarmSlots.Minute slot, long sequence, boolean over) {
            for (long from = sequence; from < slot.filed(); from += batchSize) {
                if (read >= READ_PER_CHECK * batchSize) {
                    return AlarmSlots.position(slot.id(), from);
                }
                long to = Math.min(slot.filed(), from + batchSize);
                List<AlarmSlots.Entry> entries = slots.entries(slot.id(), from, to);
                read += entries.size();
                Map<String, ComplaintCase> cases = new HashMap<>();
                store.findAllById(entries.stream().map(AlarmSlots.Entry::caseId).distinct().toList())
                        .forEach(c -> cases.put(c.id(), c));
                List<String> done = new ArrayList<>();
                String stoppedAt = null;
                long expected = from;
                for (AlarmSlots.Entry entry : entries) {
                    long number = AlarmSlots.sequenceOf(entry.id());
                    if (number != expected && !over) {
                        stoppedAt = AlarmSlots.position(slot.id(), expected);
                        break;
                    }
                    if (!take(slot, cases.get(entry.caseId()))) {
                        stoppedAt = entry.id();
                        break;
                    }
                    done.add(entry.id());
                    expected = number + 1;
                }
                if (stoppedAt == null && expected != to && !over) {
                    stoppedAt = AlarmSlots.position(slot.id(), expected);
                }
                slots.forget(done);
                if (stoppedAt != null) {
                    return stoppedAt;
                }
            }
            return null;
        }

        /** Acts on the case an entry names; false if the entry must stay for a later check. */
        private boolean take(AlarmSlots.Minute slot, ComplaintCase c) {
            if (c == null || c.nextAlarmAt() == null) {
                return true;
            }
            if (c.nextAlarmAt().isAfter(now)) {
                // Moved to another minute (filed there when it moved), or due later in this one.
                return !AlarmSlots.slotOf(c.nextAlarmAt()).equals(slot.id());
            }
            if (handled >= batchSize) {
                return false;
            }
            if (fire(c, now)) {
                handled++;
            } else {
                // Someone else changed the case since it was read; this entry may have been its only filing.
                slots.fileNow(c.id());
            }
            return true;
        }
    }

    private boolean fire(ComplaintCase c, Instant now) {
        CaseState state = c.state();
        long versionBefore = c.caseVersion();
        List<CaseAlert> alerts = c.tick(now, policy);
        alerts.forEach(alert -> events.alert(c, alert, now));
        if (c.caseVersion() != versionBefore) {
            events.statusChanged(c, now);
        }
        c.alarmTaken();
        if (!store.save(c)) {
            return false;
        }
        for (CaseAlert alert : alerts) {
            audit.record(c.id(), AuditTrail.SYSTEM, alert.getClass().getSimpleName(), state.name(), c.state().name(),
                    null);
        }
        // The events are stored with the case: what the broker does not take now, the relay sends later.
        outbox.publishPending(c);
        return true;
    }
}
