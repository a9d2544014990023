package th.bma.anticorruption.load.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The database's floor: how many single-document inserts per second the run's own MongoDB takes from
 * {@code threads} concurrent clients (one insert = one acknowledged round trip, as every service's write is), with
 * documents of the size of an intake body. Written to a scratch database, dropped afterwards.
 */
final class MongoFloor {

    private MongoFloor() {
    }

    static double insertsPerSecond(String uri, String database, int threads, Supplier<String> bodies, Duration duration)
            throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase(database).getCollection("floor");
            collection.insertOne(new Document("_id", "warm-up"));
            AtomicLong inserted = new AtomicLong();
            long end = System.nanoTime() + duration.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        for (long i = 0; System.nanoTime() < end; i++) {
                            collection.insertOne(new Document("_id", thread + ":" + i).append("body", bodies.get()));
                            inserted.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } finally {
                pool.shutdownNow();
                client.getDatabase(database).drop();
            }
            return inserted.get() / (duration.toNanos() / 1e9);
        }
    }
}
