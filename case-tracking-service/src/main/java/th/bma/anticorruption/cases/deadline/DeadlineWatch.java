package th.bma.anticorruption.cases.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * reports, staleness. It reads only the alarm slots between its cursor and now (never every open case), handles at
 * most {@code batch-size} due cases per check, and stores each case with a write guarded by the revision it read, so
 * two checks running at once never announce anything twice. After downtime it catches up from its stored cursor;
 * if the clock goes back, the cursor follows it and nothing already announced is announced again.
 */
@Service
public class DeadlineWatch {

    /** Hours one check looks at; a watch that was down longer catches up over several checks. */
    private static final int HOURS_PER_CHECK = 2_000;

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
        String stored = slots.cursor();
        String cursor = stored;
        if (cursor == null) {
            cursor = slots.oldestSlot();
            if (cursor == null) {
                return 0;
            }
        }
        if (cursor.compareTo(nowSlot) > 0) {
            cursor = nowSlot;
        }
        int handled = 0;
        String nextCursor = cursor;
        List<String> hours = new ArrayList<>();
        String hour = cursor;
        while (hour.compareTo(nowSlot) <= 0 && hours.size() < HOURS_PER_CHECK) {
            hours.add(hour);
            hour = AlarmSlots.nextSlot(hour);
        }
        String resumeAt = hour;
        boolean caughtUp = hour.compareTo(nowSlot) > 0;
        boolean interrupted = false;
        for (AlarmSlots.Slot slot : slots.slotsOf(hours)) {
            boolean finished = true;
            List<String> ids = slot.caseIds() == null ? List.of() : slot.caseIds();
            for (int from = 0; from < ids.size(); from += batchSize) {
                for (ComplaintCase c : store.findAllById(ids.subList(from, Math.min(ids.size(), from + batchSize)))) {
                    if (c.nextAlarmAt() == null || c.nextAlarmAt().isAfter(now)) {
                        continue;
                    }
                    if (handled >= batchSize) {
                        finished = false;
                        break;
                    }
                    if (fire(c, now)) {
                        handled++;
                    }
                }
                if (!finished) {
                    break;
                }
            }
            if (!finished) {
                nextCursor = slot.id();
                interrupted = true;
                break;
            }
            if (slot.id().compareTo(nowSlot) < 0) {
                slots.remove(slot.id());
                nextCursor = AlarmSlots.nextSlot(slot.id());
            } else {
                nextCursor = slot.id();
            }
        }
        if (!interrupted) {
            nextCursor = caughtUp ? nowSlot : resumeAt;
        }
        if (nextCursor.compareTo(nowSlot) > 0) {
            nextCursor = nowSlot;
        }
        slots.moveCursor(stored, nextCursor);
        return handled;
    }

    private boolean fire(ComplaintCase c, Instant now) {
        CaseState state = c.state();
        long versionBefore = c.caseVersion();
        List<CaseAlert> alerts = c.tick(now, policy);
        alerts.forEach(alert -> events.alert(c, alert, now));
        if (c.caseVersion() != versionBefore) {
            events.statusChanged(c, now);
        }
        if (!store.save(c)) {
            // Someone else changed or handled the case since it was read; it was filed again under its next alarm.
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
