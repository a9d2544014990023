package th.bma.anticorruption.load.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import th.bma.anticorruption.load.generator.IntakeEndpoint;
import th.bma.anticorruption.load.generator.IntakeRequest;

/**
 * The load loop: keeps {@code connections} requests in flight (java.net.http, HTTP/1.1 keep-alive) for the warm-up
 * and then the measured window, and counts answers and their latency per window: the first minute of load (a fresh
 * JVM's figures), and the measured window after the warm-up. The same loop loads the platform and the floor.
 */
final class LoadLoop {

    /** One window's figures. */
    static final class Window {
        final String name;
        final long fromNanos;
        final long toNanos;
        final LongAdder accepted = new LongAdder();
        final LongAdder clientErrors = new LongAdder();
        final LongAdder tooMany = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder failures = new LongAdder();
        final Histogram latencyMicros = new ConcurrentHistogram(60_000_000L, 3);
        final Map<Integer, LongAdder> byStatus = new ConcurrentSkipListMap<>();

        Window(String name, long fromNanos, long toNanos) {
            this.name = name;
            this.fromNanos = fromNanos;
            this.toNanos = toNanos;
        }

        double seconds() {
            return (toNanos - fromNanos) / 1e9;
        }

        double acceptedPerSecond() {
            return accepted.sum() / seconds();
        }

        boolean holds(long nanos) {
            return nanos >= fromNanos && nanos < toNanos;
        }

        void record(int status, long latencyNanos) {
            byStatus.computeIfAbsent(status, code -> new LongAdder()).increment();
            if (status >= 200 && status < 300) {
                accepted.increment();
            } else if (status == 429) {
                tooMany.increment();
            } else if (status >= 500) {
                serverErrors.increment();
            } else if (status > 0) {
                clientErrors.increment();
            } else {
                failures.increment();
            }
            latencyMicros.recordValue(Math.min(latencyNanos / 1000, 60_000_000L));
        }

        String describe() {
            return String.format(java.util.Locale.ROOT,
                    "%s: %.0f accepted/s (%d accepted, %d 4xx, %d 429, %d 5xx, %d failed; by status %s) latency p50 %.1f ms"
                            + " p99 %.1f ms",
                    name, acceptedPerSecond(), accepted.sum(), clientErrors.sum(), tooMany.sum(), serverErrors.sum(),
                    failures.sum(), byStatus, latencyMicros.getValueAtPercentile(50) / 1000.0,
                    latencyMicros.getValueAtPercentile(99) / 1000.0);
        }
    }

    /** Told of every answered request (on the HTTP client's threads). */
    interface Listener {
        void answered(IntakeRequest request, int status, String body, long sentAtMillis, boolean measured);
    }

    /** The figures of a run: the first minute and the measured window. */
    record Run(Window firstMinute, Window measured) {
    }

    private final int connections;

    LoadLoop(int connections) {
        this.connections = connections;
    }

    Run run(String baseUrl, Function<IntakeEndpoint, String> tokens, Supplier<IntakeRequest> source,
            Duration warmUp, Duration measure, Listener listener) throws InterruptedException {
        return run(baseUrl, tokens, source, warmUp, measure, 0, listener);
    }

    /**
     * With {@code ratePerSecond > 0}, requests are offered on a fixed schedule (open loop, still at most
     * {@code connections} in flight) instead of as fast as answers come back: latency below saturation.
     */
    Run run(String baseUrl, Function<IntakeEndpoint, String> tokens, Supplier<IntakeRequest> source,
            Duration warmUp, Duration measure, double ratePerSecond, Listener listener) throws InterruptedException {
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Semaphore inFlight = new Semaphore(connections);
        long start = System.nanoTime();
        Window firstMinute = new Window("first minute", start, start + Math.min(Duration.ofSeconds(60).toNanos(),
                warmUp.plus(measure).toNanos()));
        Window measured = new Window("measured", start + warmUp.toNanos(), start + warmUp.plus(measure).toNanos());
        long end = measured.toNanos;
        long interval = ratePerSecond > 0 ? (long) (1e9 / ratePerSecond) : 0;
        long nextSend = start;
        while (System.nanoTime() < end) {
            if (interval > 0) {
                long wait = nextSend - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                nextSend += interval;
            }
            if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                continue;
            }
            IntakeRequest request = source.get();
            HttpRequest http1 = HttpRequest.newBuilder(URI.create(baseUrl + request.endpoint().path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.apply(request.endpoint()))
                    .header("Content-Type", "application/json")
                    .method(request.endpoint().method(), HttpRequest.BodyPublishers.ofString(request.body(),
                            StandardCharsets.UTF_8))
                    .build();
            long sentNanos = System.nanoTime();
            long sentMillis = System.currentTimeMillis();
            http.sendAsync(http1, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((response, failure) -> {
                        long done = System.nanoTime();
                        int status = failure == null ? response.statusCode() : 0;
                        if (firstMinute.holds(done)) {
                            firstMinute.record(status, done - sentNanos);
                        }
                        if (measured.holds(done)) {
                            measured.record(status, done - sentNanos);
                        }
                        inFlight.release();
                        if (listener != null && failure == null) {
                            listener.answered(request, status, response.body(), sentMillis, measured.holds(sentNanos));
                        }
                    });
        }
        inFlight.tryAcquire(connections, 60, TimeUnit.SECONDS);
        callbacks.shutdownNow();
        return new Run(firstMinute, measured);
    }
}
