package th.bma.anticorruption.load.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.launcher.RunningPlatform;
import th.bma.anticorruption.load.generator.ComplaintMix;
import th.bma.anticorruption.load.generator.IntakeEndpoint;
import th.bma.anticorruption.load.generator.IntakeRequest;
import th.bma.anticorruption.load.generator.LoadGenerator;
import th.bma.anticorruption.load.generator.TraffyDumpCsvWriter;

/**
 * The platform's benchmark, run by {@code ./bench.sh}: the machine's floor, then the local run's start-up and
 * memory, sustained intake through the gateway with latency to case and statistics, the Traffy backfill and the
 * statistics rebuild, each with its target and its ratio to the floor; the table goes to the report file.
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final Pattern COMPLAINT_ID = Pattern.compile("\"complaintId\"\\s*:\\s*\"([^\"]+)\"");
    /** The JIT is warm after the first load: the all-corruption load needs only this much lead-in. */
    private static final Duration CORRUPTION_WARM_UP = Duration.ofSeconds(15);

    private final BenchmarkOptions options;
    private final Results results = new Results();
    private final String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private double httpFloorRate;
    private double httpFloorP99Millis;
    private double kafkaProducerFloor;
    private double kafkaConsumerFloor;
    private double mongoInsertFloor;
    private static final List<String> SERVICES = List.of("intake", "routing", "cases", "statistics");
    private final Map<String, Long> mongoAtStart = new java.util.concurrent.ConcurrentHashMap<>();
    private double jvmStartFloorSeconds;
    private long jvmRssFloorKb;

    private Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of(args));
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(options.workDir());
        Path csv = options.runs("backfill") ? backfillFile() : null;
        if (options.prepareOnly()) {
            return;
        }
        OffsetDateTime began = OffsetDateTime.now(ZoneOffset.UTC);
        try (RunningPlatform platform = options.gatewayUrl() == null
                ? RunningPlatform.start(options.home(), options.workDir().resolve("run-" + tag), RunningPlatform.freePorts(),
                        options.startLimit())
                : RunningPlatform.attach(options.attachedPorts())) {
            memory(platform, "after start-up", false);
            if (options.runs("floor")) {
                phase("floor", () -> floor(platform));
            }
            platform.startUp().ifPresent(startUp -> results.add("whole local run up (launcher start to 'is up')",
                    startUp.toMillis() / 1000.0, "s", "< 60 s", jvmStartFloorSeconds, "s (one trivial JVM)"));
            Tokens tokens = new Tokens(platform.auth());
            if (options.runs("load")) {
                phase("load", () -> load(platform, tokens));
                memory(platform, "after the load", true);
            }
            if (options.runs("backfill")) {
                phase("backfill", () -> backfill(platform, tokens, csv));
            }
            if (options.runs("rebuild")) {
                if (platform.startedHere()) {
                    platform.stopServices();
                }
                phase("rebuild", () -> rebuild(platform));
            }
        }
        String report = "Run of " + began.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " UTC on "
                + Runtime.getRuntime().availableProcessors() + " CPUs, options " + options + "\n\n" + results.markdown();
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), report, StandardCharsets.UTF_8);
        log.info("Report written to {}\n{}", options.report(), report);
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** A phase that fails is reported as failed; the others still run. */
    private void phase(String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception e) {
            log.error("The {} phase failed", name, e);
            results.note("The " + name + " phase failed: " + e);
        }
    }

    private Path backfillFile() {
        Path file = options.workDir().resolve("traffy-public-dump-" + options.csvRows() + ".csv");
        if (!Files.exists(file)) {
            log.info("Writing {} Traffy dump rows to {} (not timed)", options.csvRows(), file);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            LoadGenerator generator = LoadGenerator.seeded(ComplaintMix.REALISTIC, 1_500_000L + options.csvRows());
            new TraffyDumpCsvWriter(generator, OffsetDateTime.parse("2021-06-01T00:00:00+07:00"),
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1)).write(partial, options.csvRows());
            try {
                Files.move(partial, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return file;
    }

    private void floor(RunningPlatform platform) throws Exception {
        LoadGenerator payloads = LoadGenerator.unseeded(ComplaintMix.REALISTIC);
        // made before the clock starts and cycled: the producer, not the generator, must be what is measured
        List<Map.Entry<String, String>> pool = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            IntakeRequest request = payloads.next();
            pool.add(new AbstractMap.SimpleEntry<>(request.channelRecordId(), request.body()));
        }
        int[] next = {0};
        KafkaFloor.Rates kafka = KafkaFloor.measure(platform.kafkaBootstrap(), "bench.floor." + tag,
                () -> pool.get(next[0]++ % pool.size()), options.floorDuration());
        kafkaProducerFloor = kafka.producedPerSecond();
        kafkaConsumerFloor = kafka.consumedPerSecond();
        results.note(String.format(Locale.ROOT, "Floor: raw Kafka producer %.0f records/s, consumer %.0f records/s "
                + "(%d intake bodies, acks=all, idempotent, same broker)", kafkaProducerFloor, kafkaConsumerFloor, kafka.records()));
        mongoInsertFloor = MongoFloor.insertsPerSecond("mongodb://localhost:" + platform.port("mongodb"), "bench-floor-" + tag,
                16, () -> pool.get(next[0]++ % pool.size()).getValue(), options.floorDuration());
        results.note(String.format(Locale.ROOT, "Floor: the run's MongoDB took %.0f single-document inserts/s (16 clients, "
                + "intake bodies, each acknowledged)", mongoInsertFloor));

        int port = RunningPlatform.freePort();
        long begin = System.nanoTime();
        // TCP_NODELAY: the JDK server writes headers and body apart, and Nagle + delayed ACKs would add ~40 ms each
        Process endpoint = new ProcessBuilder(RunningPlatform.javaBinary(), "-Xmx160m", "-XX:+UseSerialGC",
                "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), TrivialEndpoint.class.getName(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(options.workDir().resolve("trivial-endpoint.log").toFile()).start();
        try {
            while (!listening(port)) {
                Thread.sleep(20);
            }
            jvmStartFloorSeconds = (System.nanoTime() - begin) / 1e9;
            LoadLoop.Run run = new LoadLoop(options.connections()).run("http://localhost:" + port,
                    endpoint1 -> "floor", payloads::next, options.floorDuration(), options.floorDuration(), null);
            httpFloorRate = run.measured().acceptedPerSecond();
            httpFloorP99Millis = run.measured().latencyMicros.getValueAtPercentile(99) / 1000.0;
            jvmRssFloorKb = ProcessMemory.peakResidentKb(endpoint.pid());
            results.note("Floor: trivial HTTP endpoint (JDK HttpServer, own JVM, default JIT) " + run.measured().describe()
                    + "; " + run.firstMinute().describe() + "; started in "
                    + String.format(Locale.ROOT, "%.2f s, peak RSS %d MB", jvmStartFloorSeconds, jvmRssFloorKb / 1024));
        } finally {
            endpoint.destroyForcibly();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void load(RunningPlatform platform, Tokens tokens) throws Exception {
        String month = OffsetDateTime.now(ZoneId.of("Asia/Bangkok")).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        Map<IntakeEndpoint, String> clients = new LinkedHashMap<>();
        for (IntakeEndpoint endpoint : IntakeEndpoint.values()) {
            clients.put(endpoint, endpoint.clientId());
        }
        saturate(platform, tokens, clients, month, ComplaintMix.REALISTIC, "realistic mix", options.warmUp(), true);
        Duration warm = options.warmUp().compareTo(CORRUPTION_WARM_UP) < 0 ? options.warmUp() : CORRUPTION_WARM_UP;
        double corruption = saturate(platform, tokens, clients, month, ComplaintMix.ALL_IN_SCOPE,
                "all-corruption traffic", warm, false);
        if (!options.paced().isZero()) {
            steadyRate(platform, tokens, clients, month,
                    options.pacedRate() > 0 ? options.pacedRate() : Math.max(1, corruption / 2));
        }
    }

    /**
     * The saturating loop with one mix: the accepted rate, and behind it the counted rate (complaints the statistics
     * topic counted per second of the measured window), the backlog (complaints accepted but not yet counted) when the
     * load ends and the time to drain it. The first run also reports answer times, CPU, MongoDB commands and the
     * latency percentiles under saturation. Returns the accepted rate of in-scope complaints.
     */
    private double saturate(RunningPlatform platform, Tokens tokens, Map<IntakeEndpoint, String> clients,
            String month, ComplaintMix mix, String label, Duration warmUp, boolean first) throws Exception {
        LoadGenerator generator = options.seed() == null ? LoadGenerator.unseeded(mix)
                : LoadGenerator.seeded(mix, options.seed() + (first ? 0 : 1));
        cpuAtStart.clear();
        long[] countedAtStart = {0};
        try (PipelineLatency latency = new PipelineLatency(platform.kafkaBootstrap(), month)) {
            Thread mark = new Thread(() -> {
                try {
                    Thread.sleep(warmUp.toMillis());
                    countedAtStart[0] = latency.counted();
                    if (first) {
                        platform.processes().forEach((name, pid) -> cpuAtStart.put(name, ProcessMemory.cpuSeconds(pid)));
                        SERVICES.forEach(service -> mongoAtStart.put(service, MongoCommandCount.of(platform.port(service))));
                        if (options.jfr()) {
                            platform.processes().forEach((name, pid) -> startFlightRecording(name, pid));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "window-mark");
            mark.setDaemon(true);
            mark.start();
            LoadLoop.Run run = new LoadLoop(options.connections()).run(platform.gateway(),
                    endpoint -> tokens.of(clients.get(endpoint)), generator::next, warmUp, options.measure(),
                    (request, status, body, sentAtMillis, measured) -> {
                        if (status == 202 && request.inScope()) {
                            Matcher id = COMPLAINT_ID.matcher(body);
                            if (id.find()) {
                                latency.sent(id.group(1), sentAtMillis, measured);
                            }
                        }
                    });
            long countedAtEnd = latency.counted();
            long backlog = latency.sent() - countedAtEnd;
            LoadLoop.Window measured = run.measured();
            double seconds = measured.seconds();
            double inScopeRate = latency.measuredSent.get() / seconds;
            double countedRate = (countedAtEnd - countedAtStart[0]) / seconds;
            if (first) {
                Map<String, Double> cpuUsed = new LinkedHashMap<>();
                platform.processes().forEach((name, pid) -> cpuUsed.put(name, ProcessMemory.cpuSeconds(pid) - cpuAtStart.getOrDefault(name, 0.0)));
                mongoCommands(platform, measured);
                StringBuilder cpu = new StringBuilder("CPU used per process during the sustained window (share of the "
                        + Runtime.getRuntime().availableProcessors() + " CPUs):");
                cpuUsed.forEach((name, used) -> cpu.append(String.format(Locale.ROOT, " %s %.0f%%,", name, 100 * used / seconds
                        / Runtime.getRuntime().availableProcessors())));
                results.note(cpu.substring(0, cpu.length() - 1) + "; the load loop itself runs on the same CPUs");
                results.add("intake through the gateway, first minute of a fresh run", run.firstMinute().acceptedPerSecond(),
                        "records/s", "", httpFloorRate, "req/s trivial endpoint");
            }
            results.note("Load (" + label + " " + mix + ", " + options.connections() + " connections, " + warmUp.toSeconds()
                    + " s warm-up): " + run.firstMinute().describe() + "; " + measured.describe());
            results.add("intake through the gateway, " + label + ", sustained", measured.acceptedPerSecond(),
                    "records/s", ">= 1,000/s", httpFloorRate, "req/s trivial endpoint");
            results.add("intake through the gateway, " + label + ", sustained, vs the raw Kafka producer",
                    measured.acceptedPerSecond(), "records/s", "", kafkaProducerFloor, "records/s Kafka producer");
            results.add("complaints accepted, " + label, inScopeRate, "complaints/s", "", httpFloorRate,
                    "req/s trivial endpoint");
            results.add("complaints counted by the statistics, " + label, countedRate, "complaints/s",
                    "= the accepted rate", httpFloorRate, "req/s trivial endpoint");
            results.add("backlog when the load ends (accepted, not yet counted), " + label, backlog, "complaints",
                    "does not grow", (double) latency.sent(), "complaints accepted in the run");
            if (measured.serverErrors.sum() + measured.failures.sum() + measured.tooMany.sum() > 0) {
                results.note("Sustained window (" + label + ") had " + measured.serverErrors.sum() + " 5xx, "
                        + measured.tooMany.sum() + " 429 and " + measured.failures.sum() + " failed requests");
            }
            if (first) {
                results.add("intake HTTP answer p99 (sustained)", measured.latencyMicros.getValueAtPercentile(99) / 1000.0,
                        "ms", "", httpFloorP99Millis, "ms trivial endpoint p99");
            }
            Duration drain = latency.awaitCounted(options.drainLimit());
            results.add("drain: load's end until every accepted complaint is counted, " + label
                    + (drain == null ? " (not drained, the limit)" : ""),
                    (drain == null ? options.drainLimit() : drain).toMillis() / 1000.0, "s", "<= 10 s",
                    options.measure().toSeconds() == 0 ? null : (double) options.measure().toSeconds(),
                    "s of load");
            if (first) {
                boolean drained = latency.awaitDrained(options.drainLimit());
                results.note(String.format(Locale.ROOT, "Latency sample: %d in-scope complaints acknowledged in the sustained "
                        + "window; %d reached their case and %d the statistics topic within %d s after the load%s",
                        latency.measuredSent.get(), latency.measuredToCase(), latency.measuredToStatistics(),
                        options.drainLimit().toSeconds(), drained ? ""
                                : " (the rest count as later than the limit: percentiles above the share reached are not valid)"));
                percentiles("intake → case opened (cases.status-changed.v1)", latency.toCaseMillis, "< 1,000 ms (p99)");
                percentiles("intake → statistics topic (statistics.monthly.v1)", latency.toStatisticsMillis, "< 2,000 ms (p99)");
            }
            latency.awaitDrained(options.drainLimit());
            stages(latency, label + ", saturating");
            return inScopeRate;
        }
    }

    /**
     * The highest steady rate (all-corruption traffic, offered on a fixed schedule below saturation) at which p99
     * intake → case is at most 1 s and intake → statistics topic at most 2 s: a first probe at {@code start}, then up by
     * half while the targets hold or down by half while they do not, {@code --steady-probes} probes in all. Under the
     * saturating loop every stage after intake sees a queue that grows for as long as the load lasts, so only paced
     * probes measure the pipeline.
     */
    private void steadyRate(RunningPlatform platform, Tokens tokens, Map<IntakeEndpoint, String> clients,
            String month, double start) throws Exception {
        LoadGenerator generator = LoadGenerator.unseeded(ComplaintMix.ALL_IN_SCOPE);
        double rate = start;
        double highestHeld = 0;
        double lowestMissed = Double.MAX_VALUE;
        for (int probe = 0; probe < options.steadyProbes() && rate >= 1; probe++) {
            boolean held = paced(platform, tokens, generator, clients, month, rate);
            if (held) {
                highestHeld = Math.max(highestHeld, rate);
            } else {
                lowestMissed = Math.min(lowestMissed, rate);
            }
            double next = held ? rate * 1.5 : rate / 2;
            if (highestHeld > 0 && lowestMissed < Double.MAX_VALUE) {
                next = (highestHeld + lowestMissed) / 2;
            }
            rate = next;
        }
        results.add("highest steady rate with p99 intake → case <= 1 s and → statistics <= 2 s"
                + (highestHeld == 0 ? " (none of the probes held)" : ""), highestHeld, "complaints/s", ">= 500/s",
                httpFloorRate, "req/s trivial endpoint");
    }

    /** One paced probe; true if both p99 targets held and every complaint arrived within the drain limit. */
    private boolean paced(RunningPlatform platform, Tokens tokens, LoadGenerator generator,
            Map<IntakeEndpoint, String> clients, String month, double rate) throws Exception {
        String label = String.format(Locale.ROOT, "at a steady %.0f complaints/s", rate);
        try (PipelineLatency latency = new PipelineLatency(platform.kafkaBootstrap(), month)) {
            LoadLoop.Run run = new LoadLoop(options.connections()).run(platform.gateway(),
                    endpoint -> tokens.of(clients.get(endpoint)), generator::next, Duration.ofSeconds(5),
                    options.paced(), rate, (request, status, body, sentAtMillis, measured) -> {
                        if (status == 202 && request.inScope()) {
                            Matcher id = COMPLAINT_ID.matcher(body);
                            if (id.find()) {
                                latency.sent(id.group(1), sentAtMillis, measured);
                            }
                        }
                    });
            boolean drained = latency.awaitDrained(options.drainLimit());
            results.note("Paced probe " + label + " (all-corruption traffic offered on a fixed schedule, 5 s lead-in): "
                    + run.measured().describe() + String.format(Locale.ROOT, "; %d complaints acknowledged, %d reached "
                            + "their case and %d the statistics topic%s", latency.measuredSent.get(),
                            latency.measuredToCase(), latency.measuredToStatistics(),
                            drained ? "" : " (not all within the drain limit)"));
            results.add("intake through the gateway, paced, answered " + label, run.measured().acceptedPerSecond(),
                    "records/s", "", httpFloorRate, "req/s trivial endpoint");
            percentiles("intake → case opened " + label, latency.toCaseMillis, "< 1,000 ms (p99)");
            percentiles("intake → statistics topic " + label, latency.toStatisticsMillis, "< 2,000 ms (p99)");
            stages(latency, label);
            boolean answered = run.measured().acceptedPerSecond() >= rate * 0.9;
            return drained && answered && latency.measuredSent.get() > 0
                    && latency.toCaseMillis.getValueAtPercentile(99) <= 1_000
                    && latency.toStatisticsMillis.getValueAtPercentile(99) <= 2_000;
        }
    }

    /** Where the time went, stage by stage: one line of p50 / p99 per stage. */
    private void stages(PipelineLatency latency, String label) {
        StringBuilder line = new StringBuilder("Stages " + label + " (p50 / p99, ms):");
        latency.stages().forEach((stage, histogram) -> line.append(String.format(Locale.ROOT, " %s %,d / %,d (%d);",
                stage.label, histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
                histogram.getTotalCount())));
        results.note(line.substring(0, line.length() - 1));
    }

    /** What each accepted request cost the database in the measured window, and what the database's floor allows. */
    private void mongoCommands(RunningPlatform platform, LoadLoop.Window measured) {
        long accepted = measured.accepted.sum();
        if (accepted == 0) {
            return;
        }
        StringBuilder each = new StringBuilder();
        double total = 0;
        for (String service : SERVICES) {
            long before = mongoAtStart.getOrDefault(service, -1L);
            long after = MongoCommandCount.of(platform.port(service));
            if (before < 0 || after < 0) {
                continue;
            }
            double perRequest = (double) (after - before) / accepted;
            total += perRequest;
            each.append(String.format(Locale.ROOT, " %s %.1f,", service, perRequest));
        }
        results.note(String.format(Locale.ROOT, "MongoDB commands per accepted request in the sustained window:%s total %.1f%s",
                each, total, mongoInsertFloor > 0 && total > 0 ? String.format(Locale.ROOT,
                        " (at the floor's %.0f inserts/s, the database alone allows about %.0f requests/s)",
                        mongoInsertFloor, mongoInsertFloor / total) : ""));
    }

    /** A JFR profile of one process over the measured window, written to the work folder. */
    private void startFlightRecording(String name, long pid) {
        Path file = options.workDir().resolve(name + "-" + tag + ".jfr").toAbsolutePath();
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid),
                    "JFR.start", "name=bench", "settings=profile", "duration=" + options.measure().toSeconds() + "s",
                    "filename=" + file).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            results.note("JFR profile of " + name + " over the measured window: " + file);
        } catch (IOException e) {
            log.warn("No JFR profile of {}: {}", name, e.getMessage());
        }
    }

    private void percentiles(String what, Histogram histogram, String target) {
        for (double percentile : new double[] {50, 95, 99}) {
            results.add(what + " p" + (int) percentile, histogram.getValueAtPercentile(percentile), "ms",
                    percentile == 99 ? target : "", httpFloorP99Millis, "ms trivial endpoint p99");
        }
    }

    private void memory(RunningPlatform platform, String when, boolean peak) {
        Map<String, Long> pids = platform.processes();
        if (pids.isEmpty()) {
            return;
        }
        long total = 0;
        StringBuilder each = new StringBuilder();
        for (Map.Entry<String, Long> process : pids.entrySet()) {
            long kb = peak ? ProcessMemory.peakResidentKb(process.getValue()) : ProcessMemory.residentKb(process.getValue());
            total += kb;
            each.append(String.format(Locale.ROOT, " %s %d MB,", process.getKey(), kb / 1024));
        }
        results.note((peak ? "Peak RSS (VmHWM) " : "RSS (VmRSS) ") + when + ":" + each.substring(0, each.length() - 1));
        results.add("RSS of the whole local run, " + (peak ? "peak (VmHWM) " : "") + when + " (" + pids.size()
                + " processes)", total / 1024.0, "MB", "< 2,560 MB",
                jvmRssFloorKb == 0 ? null : (double) jvmRssFloorKb * pids.size() / 1024, "MB (trivial JVM × processes)");
    }

    private void backfill(RunningPlatform platform, Tokens tokens, Path csv) throws Exception {
        String door = options.backfillDirect() ? "http://localhost:" + platform.port("intake") : platform.gateway();
        results.note("Backfill posted to " + (options.backfillDirect() ? "intake directly" : "the gateway") + " (" + door + ")");
        Backfill.Result result = Backfill.run(door, tokens.of("traffy-adapter"),
                "http://localhost:" + platform.port("intake"), csv, options.csvRows(), options.backfillLimit());
        results.note("Backfill of " + options.csvRows() + " rows (" + Files.size(csv) / (1024 * 1024) + " MB): "
                + result.rows() + " rows in " + String.format(Locale.ROOT, "%.0f s", result.seconds())
                + (result.finished() ? "" : " (not finished)") + "; intake answered " + abbreviate(result.answer()));
        results.add("Traffy CSV backfill rate", result.rowsPerSecond(), "rows/s", ">= 5,000 rows/s", kafkaProducerFloor,
                "records/s Kafka producer");
        double projected = result.finished() ? result.seconds() : options.csvRows() / result.rowsPerSecond();
        results.add("Traffy CSV backfill of " + options.csvRows() + " rows" + (result.finished() ? "" : " (projected)"),
                projected, "s", "< 300 s", kafkaProducerFloor == 0 ? null : options.csvRows() / kafkaProducerFloor,
                "s Kafka producer");
    }

    private void rebuild(RunningPlatform platform) throws Exception {
        StatisticsRebuild.Result result = StatisticsRebuild.run(platform, options.home(), options.workDir(),
                options.rebuildEvents(), options.rebuildLimit(), tag);
        results.note(String.format(Locale.ROOT, "Rebuild: %d events produced in %.1f s; statistics-service (rebuild "
                + "profile, launcher's JVM options) ready after %.1f s, %d events committed after %.1f s%s; peak RSS %d MB",
                result.events(), result.produceSeconds(), result.readySeconds(), result.eventsRead(),
                result.caughtUpSeconds(), result.finished() ? "" : " (not finished)", result.peakRssKb() / 1024));
        double seconds = result.finished() ? result.caughtUpSeconds()
                : result.caughtUpSeconds() * result.events() / Math.max(1, result.eventsRead());
        results.add("statistics rebuild from " + result.events() + " events" + (result.finished() ? "" : " (projected)"),
                seconds, "s", "< 60 s", kafkaConsumerFloor == 0 ? null : result.events() / kafkaConsumerFloor,
                "s Kafka consumer");
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
