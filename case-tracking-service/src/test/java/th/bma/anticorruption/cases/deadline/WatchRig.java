package th.bma.anticorruption.cases.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.bma.anticorruption.cases.audit.AuditTrail;
import th.bma.anticorruption.cases.casework.CaseEventOutbox;
import th.bma.anticorruption.cases.casework.CaseEventStore;
import th.bma.anticorruption.cases.casework.CaseEvents;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxSender;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.InMemoryMongo;
import tools.jackson.databind.json.JsonMapper;

/**
 * The watch on the embedded MongoDB (mongo-java-server, memory backend, in process), its store and a publisher that
 * counts what it is given per binding and case instead of sending it.
 */
final class WatchRig implements AutoCloseable {

    static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR, HolidayCalendar.none(),
            List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);

    final MongoTemplate mongo;
    final MutableClock clock;
    final AlarmSlots slots;
    final CaseStore store;
    final DeadlineWatch watch;
    final AtomicLong published = new AtomicLong();
    /** Events published, by topic and then by case. */
    final Map<String, Map<String, AtomicLong>> publishedByCase = new ConcurrentHashMap<>();

    private final InMemoryMongo server = new InMemoryMongo();

    WatchRig(Instant start, int batchSize) {
        mongo = new MongoTemplate(server.client(), "cases-watch");
        clock = new MutableClock(start);
        slots = new AlarmSlots(mongo, clock);
        slots.afterPropertiesSet();
        store = new CaseStore(mongo, slots);
        store.afterPropertiesSet();
        AuditTrail audit = new AuditTrail(mongo, clock);
        audit.afterPropertiesSet();
        OutboxSender counting = sent -> {
            for (OutboxEvent event : sent) {
                published.incrementAndGet();
                publishedByCase.computeIfAbsent(event.topic(), topic -> new ConcurrentHashMap<>())
                        .computeIfAbsent(event.key(), c -> new AtomicLong()).incrementAndGet();
            }
            return sent.stream().map(event -> true).toList();
        };
        CaseEvents events = new CaseEvents(JsonMapper.builder().build());
        CaseEventStore caseEvents = new CaseEventStore(store, events);
        watch = new DeadlineWatch(slots, store, events,
                new CaseEventOutbox(new Outbox<>("cases", caseEvents, counting, clock), caseEvents), audit,
                POLICY, clock, new WatchProperties(false, Duration.ofMinutes(1), batchSize));
    }

    @Override
    public void close() {
        server.close();
    }
}
